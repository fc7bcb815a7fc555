import type { Comparison } from './plan.ts';

/** Targets are compared in thousandths of a percent, so 28.5 or 15 times a count is exact integer arithmetic. */
const SCALE = 1000;

/**
 * The whole count out of `total` that a percentage target asks for: at least ceil(target × total / 100) for
 * `atLeast`, at most floor(target × total / 100) for `atMost`. Exact for targets with up to three decimals
 * (15% of 20 sites is 3, not 3.0000000000000004 → 4).
 */
export function countForTarget(targetPct: number, total: number, comparison: Comparison): number {
  const numerator = Math.round(targetPct * SCALE) * total;
  const denominator = 100 * SCALE;
  return comparison === 'atLeast' ? Math.ceil(numerator / denominator) : Math.floor(numerator / denominator);
}

/** Whether `count` of `total` meets a percentage target; see `countForTarget`. */
export function countMeets(count: number, total: number, targetPct: number, comparison: Comparison): boolean {
  const bound = countForTarget(targetPct, total, comparison);
  return comparison === 'atLeast' ? count >= bound : count <= bound;
}

/** How many more (atLeast) or fewer (atMost) units are needed to meet the target; 0 when met. */
export function countToTarget(count: number, total: number, targetPct: number, comparison: Comparison): number {
  const bound = countForTarget(targetPct, total, comparison);
  return Math.max(0, comparison === 'atLeast' ? bound - count : count - bound);
}
