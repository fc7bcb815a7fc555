import type { CrsName } from '../../core/import/vn2000.ts';
import type { Dictionary } from '../i18n/dictionary.ts';

/** A meridian in degrees and minutes as Vietnamese maps print it: 105.5 -> "105°30′". */
export function formatMeridian(degrees: number): string {
  const whole = Math.floor(degrees);
  const minutes = Math.round((degrees - whole) * 60);
  return minutes === 0 ? `${whole}°` : `${whole}°${String(minutes).padStart(2, '0')}′`;
}

/** What a user reads for a coordinate system: the national ones by name, zones by their meridian, a .prj by its name. */
export function crsLabel(crs: CrsName, t: Dictionary): string {
  const upper = crs.trim().toUpperCase();
  if (upper === 'EPSG:4326' || upper === 'WGS84') return t.crsWgs84;
  if (upper === 'EPSG:4756') return t.crsVn2000Degrees;
  if (upper === 'EPSG:3405') return `${t.crsUtm} 48N (${formatMeridian(105)})`;
  if (upper === 'EPSG:3406') return `${t.crsUtm} 49N (${formatMeridian(111)})`;
  const zone = /^VN2000:TM([36]):(\d+(?:\.\d+)?)$/.exec(upper);
  if (zone) return `${zone[1] === '3' ? t.crsTm3 : t.crsTm6} ${formatMeridian(Number(zone[2]))}`;
  // Any other system is the WKT of a .prj: its PROJCS/GEOGCS name says what it is.
  const named = /^(?:PROJCS|GEOGCS)\["([^"]{1,80})"/i.exec(crs.trim());
  return named ? named[1]! : crs.slice(0, 80);
}
