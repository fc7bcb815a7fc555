import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PolarPolygons } from '../../src/core/coverage/polarPolygons.ts';
import { IntervalBuffer } from '../../src/core/geometry/intervals.ts';
import { edgeRowSpans } from '../../src/core/geometry/rowSpans.ts';

/**
 * The polygon's edges `[xa, ya, xb, yb, ...]`, vertex k at bearing k x 360 / n and the float32 distance
 * PolarPolygons keeps, for `edgeRowSpans`.
 */
function edgesOf(r: readonly number[]): Float64Array {
  const n = r.length;
  const at = (k: number) => {
    // The same bearing arithmetic as PolarPolygons, so that a line through a vertex meets the same polygon.
    const a = ((k % n) * 360 * (Math.PI / 180)) / n;
    return [Math.fround(r[k % n]!) * Math.sin(a), Math.fround(r[k % n]!) * Math.cos(a)];
  };
  const out = new Float64Array(4 * n);
  for (let k = 0; k < n; k++) out.set([...at(k), ...at(k + 1)], 4 * k);
  return out;
}

/** Even-odd point test on the same edges. */
function insideByParity(edges: Float64Array, x: number, y: number): boolean {
  let inside = false;
  for (let e = 0; e < edges.length; e += 4) {
    const [xa, ya, xb, yb] = [edges[e]!, edges[e + 1]!, edges[e + 2]!, edges[e + 3]!];
    if (ya > y !== yb > y && xa + ((y - ya) * (xb - xa)) / (yb - ya) > x) inside = !inside;
  }
  return inside;
}

/** Multiples of 0.001 in [min, max]: box corners at the scale of the polygons, not denormal hairs from the origin. */
const thousandths = (min: number, max: number) => fc.integer({ min: 1000 * min, max: 1000 * max }).map((k) => k / 1000);

const ranges = fc.oneof(
  fc.array(fc.integer({ min: 0, max: 100_000 }).map((cm) => cm / 100), { minLength: 3, maxLength: 40 }),
  // Lobes like a three-sector site: smooth, with a floor.
  fc.tuple(fc.double({ min: 100, max: 5000, noNaN: true }), fc.double({ min: 0, max: 120, noNaN: true }), fc.double({ min: 40, max: 120, noNaN: true })).map(
    ([r0, turn, bw]) =>
      Array.from({ length: 360 }, (_, k) => {
        let best = -30;
        for (const az of [turn, turn + 120, turn + 240]) {
          const d = Math.min(Math.abs(k - az) % 360, 360 - (Math.abs(k - az) % 360));
          best = Math.max(best, -Math.min(12 * (d / bw) ** 2, 30));
        }
        return r0 * 10 ** (best / 35);
      }),
  ),
);

describe('PolarPolygons', () => {
  it('gives each scanline the same intervals as the even-odd rule on the polygon edges', () => {
    fc.assert(
      fc.property(ranges, fc.array(thousandths(-1.1, 1.1), { minLength: 1, maxLength: 20 }), (r, ts) => {
        const polygons = new PolarPolygons();
        polygons.add(r);
        const edges = edgesOf(r);
        const reach = Math.max(...r) || 1;
        for (const t of ts) {
          const y = t * reach;
          const out = new IntervalBuffer();
          polygons.pushRowIntervals(0, 10, 0, y, out);
          const exact = edgeRowSpans(edges, r.length, { y0: y - 0.5, h: 1, n: 1 });
          // Pairs narrower than rounding (a vertex touching the line, a polygon folded onto itself) may be there or not.
          const wide = (xs: ArrayLike<number>) => {
            const out: number[] = [];
            for (let k = 0; k + 1 < xs.length; k += 2) if (xs[k + 1]! - xs[k]! > 1e-9 * reach) out.push(xs[k]!, xs[k + 1]!);
            return out;
          };
          const expected = wide(Array.from(exact.xs.subarray(0, 2 * exact.start[1]!)).map((x) => x + 10));
          const got = wide(out.data.subarray(0, 2 * out.count));
          expect(got.length).toBe(expected.length);
          got.forEach((x, k) => expect(x).toBeCloseTo(expected[k]!, 9));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('contains exactly the points the even-odd rule puts inside', () => {
    fc.assert(
      fc.property(ranges, fc.array(fc.tuple(thousandths(-1.1, 1.1), thousandths(-1.1, 1.1)), { maxLength: 30 }), (r, points) => {
        const polygons = new PolarPolygons();
        polygons.add(r);
        const edges = edgesOf(r);
        const reach = Math.max(...r) || 1;
        for (const [u, v] of points) {
          const [x, y] = [u * reach, v * reach];
          // Points within a hair of the boundary may go either way.
          const e = 1e-6 * reach;
          const near = insideByParity(edges, x + e, y) !== insideByParity(edges, x - e, y) || insideByParity(edges, x, y + e) !== insideByParity(edges, x, y - e);
          if (!near && Math.hypot(x, y) > e) expect(polygons.contains(0, x, y)).toBe(insideByParity(edges, x, y));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('covers [xWest, xEast] of a line with the chord of its inner disc exactly when the polygon does', () => {
    const clipped = (out: IntervalBuffer, w: number, e: number) => {
      let sum = 0;
      for (let k = 0; k < out.count; k++) sum += Math.max(0, Math.min(e, out.data[2 * k + 1]!) - Math.max(w, out.data[2 * k]!));
      return sum;
    };
    fc.assert(
      fc.property(ranges, thousandths(-1.1, 1.1), thousandths(-1, 1), thousandths(0, 1), (r, t, u, width) => {
        const polygons = new PolarPolygons();
        polygons.add(r);
        const reach = Math.max(...r) || 1;
        const [y, w, e] = [t * reach, u * reach, (u + width) * reach];
        const all = new IntervalBuffer();
        const hinted = new IntervalBuffer();
        polygons.pushRowIntervals(0, 0, 0, y, all);
        polygons.pushRowIntervals(0, 0, 0, y, hinted, w, e);
        expect(clipped(hinted, w, e)).toBeCloseTo(clipped(all, w, e), 6);
      }),
      { numRuns: 500 },
    );
  });

  it('says it covers a box only when every point of the box is inside, and does so for a box well inside', () => {
    fc.assert(
      fc.property(ranges, thousandths(-1, 1), thousandths(-1, 1), thousandths(0, 0.5), thousandths(0, 0.5), (r, u, v, w, h) => {
        const polygons = new PolarPolygons();
        polygons.add(r);
        const edges = edgesOf(r);
        const reach = Math.max(...r) || 1;
        const [x0, y0, x1, y1] = [u * reach, v * reach, (u + w) * reach, (v + h) * reach];
        if (!polygons.coversBox(0, x0, y0, x1, y1)) return;
        for (let i = 0; i <= 10; i++)
          for (let j = 0; j <= 10; j++) expect(insideByParity(edges, x0 + ((x1 - x0) * i) / 10, y0 + ((y1 - y0) * j) / 10)).toBe(true);
      }),
      { numRuns: 400 },
    );
    const disc = new PolarPolygons();
    disc.add(Array.from({ length: 360 }, () => 1000));
    expect(disc.coversBox(0, -500, -500, 500, 500)).toBe(true);
    expect(disc.coversBox(0, 200, 300, 600, 700)).toBe(true);
    expect(disc.coversBox(0, 200, 300, 800, 700)).toBe(false);
  });

  it('keeps thousands of polygons apart, across the chunks their distances are stored in', () => {
    const polygons = new PolarPolygons();
    for (let k = 0; k < 4000; k++) polygons.add(Array.from({ length: 360 }, () => k + 1));
    for (const k of [0, 2911, 2912, 2913, 3999]) {
      const out = new IntervalBuffer();
      polygons.pushRowIntervals(k, 0, 0, 0, out);
      expect(out.count).toBe(1);
      expect(out.data[1]).toBeCloseTo(k + 1, 3);
      expect(polygons.contains(k, 0, k + 0.9)).toBe(true);
      expect(polygons.contains(k, 0, k + 1.1)).toBe(false);
    }
  });

  it('measures its extent and keeps several polygons apart', () => {
    const polygons = new PolarPolygons();
    expect([polygons.add([100, 100, 100, 100]), polygons.add([0, 50, 0, 0])]).toEqual([0, 1]);
    expect(Array.from(polygons.extent.subarray(0, 4)).map((v) => Math.round(v) + 0)).toEqual([-100, -100, 100, 100]);
    expect(Array.from(polygons.extent.subarray(4, 8)).map((v) => Math.round(v) + 0)).toEqual([0, 0, 50, 0]);
    const out = new IntervalBuffer();
    polygons.pushRowIntervals(1, 0, 0, 0, out);
    expect(out.count).toBe(0);
    polygons.pushRowIntervals(0, 0, 0, 50, out);
    // The square with corners at 100 m north, east, south and west is 100 m wide at y = 0 and 0 m at y = 100.
    expect(out.count).toBe(1);
    expect(out.data[0]).toBeCloseTo(-50, 9);
    expect(out.data[1]).toBeCloseTo(50, 9);
  });
});
