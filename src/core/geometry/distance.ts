/** Mean Earth radius in metres (IUGG), as used by Turf. */
export const EARTH_RADIUS_M = 6_371_008.8;

const RAD = Math.PI / 180;

/** Great-circle distance in metres between two `[lng, lat]` points (haversine). */
export function distanceM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** Degrees of latitude and of longitude that span `metres` at latitude `lat` (an over-estimate is safe for searches). */
export function degreesSpan(metres: number, lat: number): { dLat: number; dLon: number } {
  const dLat = metres / (EARTH_RADIUS_M * RAD);
  const cos = Math.max(Math.cos(lat * RAD), 1e-6);
  return { dLat, dLon: dLat / cos };
}
