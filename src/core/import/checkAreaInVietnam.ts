import type { Area } from '../model.ts';
import { isInVietnam } from './vietnamBounds.ts';

/**
 * Null when the centre of the area's bounding box (`[lng, lat]`) lies in Vietnam; otherwise a detail naming that
 * centre. A boundary is checked by its centre only: enough to catch a wrong coordinate system or another country.
 */
export function checkAreaInVietnam(area: Area): string | null {
  let w = Infinity, s = Infinity, e = -Infinity, n = -Infinity;
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      w = Math.min(w, x!); e = Math.max(e, x!); s = Math.min(s, y!); n = Math.max(n, y!);
    }
  }
  const lon = (w + e) / 2;
  const lat = (s + n) / 2;
  return isInVietnam(lon, lat) ? null : `centre lat ${lat.toFixed(5)}, lon ${lon.toFixed(5)}`;
}
