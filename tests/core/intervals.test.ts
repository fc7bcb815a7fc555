import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unionIntervals } from '../../src/core/geometry/intervals.ts';

/** The intervals as a buffer `[a0, b0, a1, b1, ...]`, with spare room as rows have. */
function createBuffer(intervals: readonly [number, number][]): Float64Array {
  const buf = new Float64Array(2 * intervals.length + 8);
  intervals.forEach(([a, b], i) => buf.set([a, b], 2 * i));
  return buf;
}

/** The union the obvious way: sort pairs by start, merge each into the last when it starts at or before its end. */
function plainUnion(intervals: readonly [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [a, b] of [...intervals].sort((p, q) => p[0] - q[0])) {
    const last = out[out.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

function union(intervals: readonly [number, number][]): [number, number][] {
  const buf = createBuffer(intervals);
  const m = unionIntervals(buf, intervals.length);
  return Array.from({ length: m }, (_, k) => [buf[2 * k]!, buf[2 * k + 1]!]);
}

/** Chords of many overlapping discs on one raster row: short and long intervals, some touching, some nested. */
const interval = fc
  .tuple(fc.integer({ min: -2000, max: 2000 }), fc.integer({ min: 0, max: 300 }))
  .map(([a, w]): [number, number] => [a, a + w]);

describe('unionIntervals: the covered stretches of one scanline', () => {
  it('merges overlapping, touching and nested intervals and keeps separate ones, on a row of 40', () => {
    const rows: [number, number][] = [];
    for (let i = 39; i >= 0; i--) rows.push([10 * i, 10 * i + (i % 10 === 0 ? 4 : 10)]);
    rows.push([1000, 1001], [1000.5, 1000.6], [-5, -3]);
    expect(union(rows)).toEqual([[-5, -3], [0, 4], [10, 104], [110, 204], [210, 304], [310, 400], [1000, 1001]]);
  });

  it('gives the plain sort-and-merge answer for few and for hundreds of intervals', () => {
    fc.assert(
      fc.property(fc.array(interval, { minLength: 0, maxLength: 400, size: 'max' }), (intervals) => {
        expect(union(intervals)).toEqual(plainUnion(intervals));
      }),
      { numRuns: 150 },
    );
  });
});
