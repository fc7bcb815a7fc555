import { interiorPoint } from '../geometry/interiorPoint.ts';
import type { Area } from '../model.ts';
import { isInVietnam } from './vietnamBounds.ts';

/**
 * Null when a point inside the area (`interiorPoint`, `[lng, lat]`) lies in Vietnam; otherwise that point as the
 * detail "lat, lon" (degrees, 5 decimals). One point inside the area rather than the middle of its bounding box, which for a concave or island
 * commune can fall in the sea or over a border. Enough to catch a wrong coordinate system or another country.
 * Does not mutate `area`.
 */
export function checkAreaInVietnam(area: Area): string | null {
  const [lon, lat] = interiorPoint(area);
  return isInVietnam(lon, lat) ? null : `${lat.toFixed(5)}, ${lon.toFixed(5)}`;
}
