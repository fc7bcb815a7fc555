import { IntervalBuffer, unionIntervals } from './intervals.ts';

/** Horizontal scanlines: row `i` samples the line `y = y0 + (i + 0.5) * h` (metres in a local frame). */
export interface Rows {
  y0: number;
  h: number;
  n: number;
}

/**
 * Per row, sorted disjoint x-intervals (metres): the pairs of row `i` are `xs[2k], xs[2k+1]` for
 * `start[i] <= k < start[i + 1]`.
 */
export interface RowSpans {
  start: Int32Array;
  xs: Float64Array;
}

/** First row whose sample line is at or above `y`, unclamped. */
function firstRowAtOrAbove(y: number, rows: Rows): number {
  return Math.ceil((y - rows.y0) / rows.h - 0.5);
}

/**
 * The exact x-intervals inside a set of edges on each row, by the even-odd rule. `edges` holds
 * `[xa, ya, xb, yb, ...]` in metres (the rings of one polygon, outer and holes, in any orientation). An edge
 * counts on the rows whose sample line lies in `[min y, max y)`, so a vertex on a sample line is counted once.
 * Cost O(edges + crossings). Does not mutate `edges`.
 */
export function edgeRowSpans(edges: Float64Array, nEdges: number, rows: Rows): RowSpans {
  const { n } = rows;
  const counts = new Int32Array(n + 1);
  for (let e = 0; e < nEdges; e++) {
    const ya = edges[4 * e + 1]!;
    const yb = edges[4 * e + 3]!;
    const lo = Math.max(0, firstRowAtOrAbove(Math.min(ya, yb), rows));
    const hi = Math.min(n, firstRowAtOrAbove(Math.max(ya, yb), rows));
    for (let r = lo; r < hi; r++) counts[r + 1]!++;
  }
  for (let r = 0; r < n; r++) counts[r + 1]! += counts[r]!;
  const xs = new Float64Array(counts[n]!);
  const fill = counts.slice(0, n);
  for (let e = 0; e < nEdges; e++) {
    const xa = edges[4 * e]!;
    const ya = edges[4 * e + 1]!;
    const xb = edges[4 * e + 2]!;
    const yb = edges[4 * e + 3]!;
    const lo = Math.max(0, firstRowAtOrAbove(Math.min(ya, yb), rows));
    const hi = Math.min(n, firstRowAtOrAbove(Math.max(ya, yb), rows));
    const slope = (xb - xa) / (yb - ya);
    for (let r = lo; r < hi; r++) xs[fill[r]!++] = xa + (rows.y0 + (r + 0.5) * rows.h - ya) * slope;
  }
  const start = new Int32Array(n + 1);
  for (let r = 0; r < n; r++) {
    const a = counts[r]!;
    const b = counts[r + 1]!;
    xs.subarray(a, b).sort();
    // Even-odd: the crossings pair up, so each row has (b - a) / 2 intervals, in place.
    start[r + 1] = start[r]! + (b - a) / 2;
  }
  return { start, xs };
}

/** The union, row by row, of several span sets over the same rows. Returns the only one as is; mutates none. */
export function unionRowSpans(sets: readonly RowSpans[], n: number): RowSpans {
  if (sets.length === 1) return sets[0]!;
  const start = new Int32Array(n + 1);
  const out = new IntervalBuffer();
  const row = new IntervalBuffer();
  for (let r = 0; r < n; r++) {
    row.count = 0;
    for (const s of sets) for (let k = s.start[r]!; k < s.start[r + 1]!; k++) row.push(s.xs[2 * k]!, s.xs[2 * k + 1]!);
    const m = unionIntervals(row.data, row.count);
    for (let k = 0; k < m; k++) out.push(row.data[2 * k]!, row.data[2 * k + 1]!);
    start[r + 1] = out.count;
  }
  return { start, xs: out.data.slice(0, 2 * out.count) };
}

/** Total interval length of row `r` (metres). */
export function rowLength(spans: RowSpans, r: number): number {
  let sum = 0;
  for (let k = spans.start[r]!; k < spans.start[r + 1]!; k++) sum += spans.xs[2 * k + 1]! - spans.xs[2 * k]!;
  return sum;
}
