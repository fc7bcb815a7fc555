/** The standard normal quantile of a two-sided 95 % interval. */
export const Z_95 = 1.959964;

/**
 * The Wilson score interval of a proportion of `successes` in `n` trials (95 % by default): unlike the normal
 * approximation it stays within [0, 1] and is sound at 0 or n successes and for small n. Null when `n` is 0.
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): { low: number; high: number } | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
