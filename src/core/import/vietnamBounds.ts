/**
 * Where a location counts as "in Vietnam": the mainland's bounding box plus boxes around the Hoàng Sa (Paracel)
 * and Trường Sa (Spratly) archipelagos, in degrees `[west, south, east, north]`. It is a box test, not an outline:
 * it admits edges of China, Laos, Cambodia and Thailand and the sea, and catches gross errors (swapped or zeroed
 * coordinates, another country's data, projected metres mistaken for degrees), not a point a few km over a border.
 */
export const VIETNAM_BOXES: readonly (readonly [number, number, number, number])[] = [
  [102.1, 8.3, 109.6, 23.45],
  [111.0, 15.6, 113.0, 17.2],
  [111.5, 6.0, 117.9, 12.0],
];

/** True when `[lon, lat]` (degrees) lies in one of `VIETNAM_BOXES`. */
export function isInVietnam(lon: number, lat: number): boolean {
  return VIETNAM_BOXES.some(([w, s, e, n]) => lon >= w && lon <= e && lat >= s && lat <= n);
}
