import fc from 'fast-check';
import type { Position } from 'geojson';
import polygonClipping from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { signedArea2 } from '../../src/core/geometry/clipToConvex.ts';
import { clipToRectangle, toRingRuns } from '../../src/core/geometry/clipToRectangle.ts';
import { evenOddArea } from '../helpers/evenOddArea.ts';

/** A star-shaped ring around (0, 0), vertex i at radius radii[i]. */
const star = (radii: number[]): Position[] => {
  const ring = radii.map((r, i): Position => [r * Math.cos((2 * Math.PI * i) / radii.length), r * Math.sin((2 * Math.PI * i) / radii.length)]);
  return [...ring, ring[0]!];
};
const toRing = (xy: number[]): Position[] => (xy.length === 0 ? [] : [...Array.from({ length: xy.length / 2 }, (_, i): Position => [xy[2 * i]!, xy[2 * i + 1]!]), [xy[0]!, xy[1]!]]);

describe('clipToRectangle', () => {
  it('keeps a square inside the rectangle whole and cuts one across it to the overlap', () => {
    const square = [[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]];
    expect(toRing(clipToRectangle(toRingRuns(square), -1, -1, 3, 3))).toEqual(square);
    expect(signedArea2(toRing(clipToRectangle(toRingRuns(square), 1, 1, 3, 3))) / 2).toBe(1);
    expect(clipToRectangle(toRingRuns(square), 5, 5, 6, 6)).toEqual([]);
  });

  it('gives the area of the ring inside the rectangle, for jagged rings of hundreds of vertices (runs skipped or not)', () => {
    const radii = fc.array(fc.double({ min: 0.2, max: 1, noNaN: true }), { minLength: 3, maxLength: 400 });
    const corner = fc.tuple(fc.double({ min: -1.2, max: 1.2, noNaN: true }), fc.double({ min: -1.2, max: 1.2, noNaN: true }));
    fc.assert(
      fc.property(radii, corner, corner, (r, [x1, y1], [x2, y2]) => {
        fc.pre(Math.abs(x1 - x2) > 1e-3 && Math.abs(y1 - y2) > 1e-3);
        const [west, east, south, north] = [Math.min(x1, x2), Math.max(x1, x2), Math.min(y1, y2), Math.max(y1, y2)];
        const ring = star(r);
        const cut = toRing(clipToRectangle(toRingRuns(ring), west, south, east, north));
        const rectangle = [[west, south], [east, south], [east, north], [west, north], [west, south]];
        const exact = polygonClipping.intersection([ring as [number, number][]], [rectangle as [number, number][]]);
        const expected = exact.reduce((sum, rings) => sum + rings.reduce((s, q, i) => s + (i === 0 ? 1 : -1) * Math.abs(signedArea2(q) / 2), 0), 0);
        expect(cut.length === 0 ? 0 : evenOddArea([cut])).toBeCloseTo(expected, 9);
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});
