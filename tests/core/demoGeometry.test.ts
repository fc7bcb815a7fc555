import { area, booleanPointInPolygon } from '@turf/turf';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { apportion } from '../../src/core/demo/apportion.ts';
import { createRandom } from '../../src/core/demo/random.ts';
import { clipToConvex, isConvexRing, signedArea2 } from '../../src/core/geometry/clipToConvex.ts';
import { interiorPoint } from '../../src/core/geometry/interiorPoint.ts';
import { voronoiCells } from '../../src/core/geometry/voronoiCells.ts';

function createRect(x0: number, y0: number, x1: number, y1: number): Position[] {
  return [[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]];
}

/** A convex polygon: `n` points on a circle at sorted random angles. */
const convexRing = fc
  .tuple(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), fc.uniqueArray(fc.integer({ min: 0, max: 359 }), { minLength: 3, maxLength: 12 }))
  .map(([cx, cy, degrees]) => {
    const ring = [...degrees].sort((a, b) => a - b).map((d): Position => [cx + Math.cos((d * Math.PI) / 180), cy + Math.sin((d * Math.PI) / 180)]);
    return [...ring, ring[0]!];
  });

describe('clipToConvex', () => {
  it('gives the exact overlap of two squares', () => {
    const clipped = clipToConvex(createRect(0, 0, 2, 2), createRect(1, 1, 3, 3));
    expect(signedArea2(clipped) / 2).toBeCloseTo(1, 12);
    expect(clipToConvex(createRect(0, 0, 1, 1), createRect(2, 2, 3, 3))).toEqual([]);
  });

  it('never gives more than either polygon, and gives the same area either way round (property)', () => {
    fc.assert(
      fc.property(convexRing, convexRing, (a, b) => {
        const ab = signedArea2(clipToConvex(a, b)) / 2;
        const ba = signedArea2(clipToConvex(b, a)) / 2;
        expect(ab).toBeLessThanOrEqual(Math.min(signedArea2(a), signedArea2(b)) / 2 + 1e-9);
        expect(ab).toBeCloseTo(ba, 9);
        expect(signedArea2(clipToConvex(a, a)) / 2).toBeCloseTo(signedArea2(a) / 2, 9);
      }),
    );
  });

  it('tells convex rings from concave ones', () => {
    expect(isConvexRing(createRect(0, 0, 1, 1))).toBe(true);
    expect(isConvexRing([[0, 0], [2, 0], [1, 0.5], [2, 2], [0, 2], [0, 0]])).toBe(false);
  });
});

describe('interiorPoint', () => {
  it('falls inside a U shape whose centroid is outside, and outside a hole', () => {
    const u: Position[] = [[0, 0], [3, 0], [3, 3], [2, 3], [2, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
    const p = interiorPoint({ type: 'Polygon', coordinates: [u] });
    expect(booleanPointInPolygon(p, { type: 'Polygon', coordinates: [u] }, { ignoreBoundary: true })).toBe(true);
    const withHole = { type: 'Polygon' as const, coordinates: [createRect(0, 0, 4, 4), createRect(1, 1, 3, 3).reverse()] };
    expect(booleanPointInPolygon(interiorPoint(withHole), withHole, { ignoreBoundary: true })).toBe(true);
  });

  it('is strictly inside any star-shaped polygon (property)', () => {
    const star = fc.array(fc.double({ min: 0.2, max: 1, noNaN: true }), { minLength: 3, maxLength: 20 }).map((radii) => {
      const ring = radii.map((r, i): Position => [106 + 0.1 * r * Math.cos((2 * Math.PI * i) / radii.length), 21 + 0.1 * r * Math.sin((2 * Math.PI * i) / radii.length)]);
      return { type: 'Polygon' as const, coordinates: [[...ring, ring[0]!]] };
    });
    fc.assert(
      fc.property(star, (polygon) => {
        expect(booleanPointInPolygon(interiorPoint(polygon), polygon, { ignoreBoundary: true })).toBe(true);
      }),
    );
  });
});

describe('voronoiCells', () => {
  it('tiles the box with counter-clockwise cells, each holding its own point', () => {
    const random = createRandom(5);
    const points = Array.from({ length: 40 }, (): [number, number] => [random.range(106, 106.5), random.range(21, 21.4)]);
    const cells = voronoiCells(points, [106, 21, 106.5, 21.4]);
    cells.forEach((ring, i) => {
      expect(signedArea2(ring)).toBeGreaterThan(0);
      expect(booleanPointInPolygon(points[i]!, { type: 'Polygon', coordinates: [ring] })).toBe(true);
    });
    const sum = cells.reduce((s, ring) => s + area({ type: 'Polygon', coordinates: [ring] }), 0);
    expect(sum / area({ type: 'Polygon', coordinates: [createRect(106, 21, 106.5, 21.4)] })).toBeCloseTo(1, 6);
  });
});

describe('createRandom and apportion', () => {
  it('repeats a sequence for a seed and differs for another', () => {
    const draw = (seed: number) => Array.from({ length: 5 }, createRandom(seed).next);
    expect(draw(1)).toEqual(draw(1));
    expect(draw(1)).not.toEqual(draw(2));
    for (const x of draw(3)) expect(x >= 0 && x < 1).toBe(true);
  });

  it('splits a total exactly, in proportion, with a minimum each (property)', () => {
    expect(apportion([1, 1, 2], 8, 0)).toEqual([2, 2, 4]);
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { minLength: 1, maxLength: 30 }), fc.integer({ min: 0, max: 10_000 }), (weights, extra) => {
        const parts = apportion(weights, weights.length + extra, 1);
        expect(parts.reduce((s, p) => s + p, 0)).toBe(weights.length + extra);
        for (const p of parts) expect(p).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
