import type { RejectReason, ReportBuilder } from './importReport.ts';
import { parseCoordinate } from './parseValues.ts';
import { isInVietnam } from './vietnamBounds.ts';
import { toWgs84, type CrsName } from './vn2000.ts';

export type LocationResult = { lon: number; lat: number } | { reason: RejectReason; field: string; detail: string };

/**
 * Reads a row's `[lng, lat]` from its latitude and longitude cells. Where the pair lies outside Vietnam but the
 * swapped pair lies inside, it is swapped back with a `lat_lon_swapped` warning (Vietnam's latitudes, 6-24°, and
 * longitudes, 102-118°, do not overlap, so the swap is never ambiguous). With `crs` the cells are easting (in
 * the longitude column) and northing in that system, turned into WGS84; surveyors' X is the northing, so the
 * same swap check applies. Without it, cells beyond ±90/±180 are metres with no system: `coordinates_in_metres`.
 */
export function readLocation(
  latText: string,
  lonText: string,
  latField: string,
  lonField: string,
  row: number,
  report: ReportBuilder,
  crs?: CrsName,
): LocationResult {
  if (latText.trim() === '' || lonText.trim() === '') {
    return { reason: 'missing_coordinates', field: latText.trim() === '' ? latField : lonField, detail: '' };
  }
  const lat = parseCoordinate(latText);
  const lon = parseCoordinate(lonText);
  const cut = (t: string) => (t.length > 80 ? `${t.slice(0, 80)}…` : t);
  if (lat === null || !Number.isFinite(lat)) return { reason: 'unreadable_coordinates', field: latField, detail: `"${cut(latText)}"` };
  if (lon === null || !Number.isFinite(lon)) return { reason: 'unreadable_coordinates', field: lonField, detail: `"${cut(lonText)}"` };
  const field = `${latField}/${lonField}`;
  const transform = crs ? toWgs84(crs) : null;
  if (transform) return checkProjected(transform, lon, lat, crs!, field, row, report);
  if (Math.abs(lat) > 180 || Math.abs(lon) > 180) {
    return { reason: 'coordinates_in_metres', field, detail: `${lat}, ${lon}` };
  }
  return checkInVietnam(lon, lat, field, row, report);
}

/** Accepts a WGS84 `[lng, lat]` in Vietnam, swaps it back (with a warning) when swapped, or gives the reason. */
export function checkInVietnam(lon: number, lat: number, field: string, row: number, report: ReportBuilder): LocationResult {
  if (isInVietnam(lon, lat)) return { lon, lat };
  if (isInVietnam(lat, lon)) {
    report.warn(row, field, 'lat_lon_swapped', `${lat}, ${lon}`);
    return { lon: lat, lat: lon };
  }
  return { reason: 'outside_vietnam', field, detail: `${lat}, ${lon}` };
}

function checkProjected(
  transform: (xy: [number, number]) => [number, number],
  x: number, y: number, crs: CrsName, field: string, row: number, report: ReportBuilder,
): LocationResult {
  const [lon, lat] = transform([x, y]);
  if (isInVietnam(lon, lat)) return { lon, lat };
  const [sLon, sLat] = transform([y, x]);
  if (isInVietnam(sLon, sLat)) {
    report.warn(row, field, 'lat_lon_swapped', `${y}, ${x} (${crs})`);
    return { lon: sLon, lat: sLat };
  }
  return { reason: 'outside_vietnam', field, detail: `${y}, ${x} (${crs}) → ${lat.toFixed(5)}, ${lon.toFixed(5)}` };
}
