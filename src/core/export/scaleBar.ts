import { numberFormat, type FormatLanguage } from '../format/numberFormat.ts';

/** Earth's circumference at the equator in Web Mercator, metres. */
const EQUATOR_M = 40_075_016.686;
/** Pixels across the world at zoom 0 in MapLibre (512-pixel tiles). */
const WORLD_PX = 512;

/** Ground metres per CSS pixel of a Web Mercator map at `zoom`, at latitude `lat` (degrees). */
export function metresPerPixel(lat: number, zoom: number): number {
  return (EQUATOR_M * Math.cos((lat * Math.PI) / 180)) / (WORLD_PX * 2 ** zoom);
}

/**
 * The longest round distance (1, 2 or 5 × a power of ten metres) whose bar fits in `maxPx` pixels at
 * `metresPerPx`, its length in pixels, and its label ("2 km", "500 m"; "1,5 km" never occurs).
 */
export function scaleBar(metresPerPx: number, maxPx: number, language: FormatLanguage): { metres: number; px: number; label: string } {
  const most = metresPerPx * maxPx;
  const power = 10 ** Math.floor(Math.log10(most));
  const metres = [5, 2, 1].map((m) => m * power).find((m) => m <= most) ?? power;
  const { number } = numberFormat(language);
  return { metres, px: metres / metresPerPx, label: metres >= 1000 ? `${number(metres / 1000, 3)} km` : `${number(metres, 3)} m` };
}
