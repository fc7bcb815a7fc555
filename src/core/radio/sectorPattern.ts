/** Deepest attenuation of the sector pattern, dB (the front-to-back ratio of `docs/radio-model.md`). */
export const PATTERN_FLOOR_DB = 30;

/** The angle between bearings `a` and `b` (degrees), in [0, 180]. */
export function angleBetweenDeg(a: number, b: number): number {
  const d = Math.abs(a - b) % 360;
  return d > 180 ? 360 - d : d;
}

/** The 3GPP horizontal sector pattern: `-min(12 (off / beamwidth)^2, 30)` dB at `offDeg` off boresight. */
export function sectorGainDb(offDeg: number, beamwidthDeg: number): number {
  return -Math.min(12 * (offDeg / beamwidthDeg) ** 2, PATTERN_FLOOR_DB);
}

/**
 * Antenna gain (dB, relative to boresight) at bearing `bearingDeg`: the best of the sectors at `azimuthsDeg`, each
 * of beamwidth `beamwidthDeg`; 0 everywhere for an omnidirectional station (no azimuths).
 */
export function patternGainDb(bearingDeg: number, azimuthsDeg: readonly number[], beamwidthDeg: number): number {
  if (azimuthsDeg.length === 0) return 0;
  let best = -Infinity;
  for (const az of azimuthsDeg) best = Math.max(best, sectorGainDb(angleBetweenDeg(bearingDeg, az), beamwidthDeg));
  return best;
}
