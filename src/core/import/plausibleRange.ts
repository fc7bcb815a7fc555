/**
 * The values a number field may take; beyond them a value is a mistake (a typo, a value in the wrong unit, an
 * overflow such as "1e400"), never data: heights up to 500 m (the tallest masts stand near 300 m), radii up to
 * 100 km (LTE's longest cells), beamwidths and azimuths within a turn, counts of people or households up to 10
 * million (more than any Vietnamese province's commune, let alone a village).
 */
export const PLAUSIBLE_RANGE = {
  heightM: { min: 0, max: 500 },
  radiusM: { min: 0, max: 100_000 },
  beamwidthDeg: { min: 0, max: 360 },
  azimuthDeg: { min: 0, max: 360 },
  count: { min: 0, max: 10_000_000 },
} as const;

export type RangeName = keyof typeof PLAUSIBLE_RANGE;

/** True when `n` is a finite number within the range of `name`. */
export function isPlausible(n: number, name: RangeName): boolean {
  const { min, max } = PLAUSIBLE_RANGE[name];
  return Number.isFinite(n) && n >= min && n <= max;
}
