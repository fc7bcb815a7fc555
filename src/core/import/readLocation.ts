import type { RejectReason, ReportBuilder } from './importReport.ts';
import { parseCoordinate } from './parseValues.ts';
import { isInVietnam } from './vietnamBounds.ts';

export type LocationResult = { lon: number; lat: number } | { reason: RejectReason; field: string; detail: string };

/**
 * Reads a row's `[lng, lat]` from its latitude and longitude cells. Where the pair lies outside Vietnam but the
 * swapped pair lies inside, it is swapped back with a `lat_lon_swapped` warning (Vietnam's latitudes, 6-24°, and
 * longitudes, 102-118°, do not overlap, so the swap is never ambiguous).
 */
export function readLocation(
  latText: string,
  lonText: string,
  latField: string,
  lonField: string,
  row: number,
  report: ReportBuilder,
): LocationResult {
  if (latText.trim() === '' || lonText.trim() === '') {
    return { reason: 'missing_coordinates', field: latText.trim() === '' ? latField : lonField, detail: 'empty' };
  }
  const lat = parseCoordinate(latText);
  const lon = parseCoordinate(lonText);
  if (lat === null) return { reason: 'unreadable_coordinates', field: latField, detail: `"${latText}"` };
  if (lon === null) return { reason: 'unreadable_coordinates', field: lonField, detail: `"${lonText}"` };
  return checkInVietnam(lon, lat, `${latField}/${lonField}`, row, report);
}

/** Accepts a WGS84 `[lng, lat]` in Vietnam, swaps it back (with a warning) when swapped, or gives the reason. */
export function checkInVietnam(lon: number, lat: number, field: string, row: number, report: ReportBuilder): LocationResult {
  if (isInVietnam(lon, lat)) return { lon, lat };
  if (isInVietnam(lat, lon)) {
    report.warn(row, field, 'lat_lon_swapped', `lat ${lat}, lon ${lon} read as lat ${lon}, lon ${lat}`);
    return { lon: lat, lat: lon };
  }
  return { reason: 'outside_vietnam', field, detail: `lat ${lat}, lon ${lon}` };
}
