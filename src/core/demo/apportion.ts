/**
 * Splits an integer `total` in proportion to `weights` (largest remainder), giving each at least `min`.
 * The parts sum exactly to `total` when `total >= min × weights.length`.
 */
export function apportion(weights: readonly number[], total: number, min: number): number[] {
  const free = total - min * weights.length;
  const sum = weights.reduce((s, w) => s + w, 0);
  const shares = weights.map((w) => (sum > 0 ? (w / sum) * free : free / weights.length));
  const parts = shares.map((s) => Math.floor(s));
  let left = free - parts.reduce((s, p) => s + p, 0);
  const order = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left <= 0) break;
    parts[i]!++;
    left--;
  }
  return parts.map((p) => p + min);
}
