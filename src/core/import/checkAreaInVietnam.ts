import { areaBBox } from '../geometry/projectArea.ts';
import type { Area } from '../model.ts';
import { isInVietnam } from './vietnamBounds.ts';

/**
 * Null when the centre of the area's bounding box (`[lng, lat]`) lies in Vietnam; otherwise a detail naming that
 * centre. A boundary is checked by its centre only: enough to catch a wrong coordinate system or another country.
 */
export function checkAreaInVietnam(area: Area): string | null {
  const [w, s, e, n] = areaBBox(area);
  const lon = (w + e) / 2;
  const lat = (s + n) / 2;
  return isInVietnam(lon, lat) ? null : `centre lat ${lat.toFixed(5)}, lon ${lon.toFixed(5)}`;
}
