import { BandedArea } from '../geometry/bandedArea.ts';
import { VIETNAM_OUTLINE } from './vietnamOutline.ts';

/**
 * True when `[lon, lat]` (degrees, WGS84) lies inside `VIETNAM_OUTLINE`: the mainland with a margin of 5-35 km
 * beyond the land border, the coastal waters and near-shore islands, and the Hoàng Sa and Trường Sa archipelagos.
 * Drawn never to reject a point in Vietnam, it may admit one up to about 35 km over a land border.
 */
export function isInVietnam(lon: number, lat: number): boolean {
  // Banded once, on first use: a 200,000-row station file asks 200,000 times.
  outline ??= new BandedArea(VIETNAM_OUTLINE);
  return outline.contains(lon, lat);
}

let outline: BandedArea | undefined;
