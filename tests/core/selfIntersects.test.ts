import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { selfIntersects } from '../../src/core/geometry/selfIntersects.ts';

/** A star-shaped ring: vertices at increasing angles around a centre never cross each other. */
function star(radii: number[], cx = 106, cy = 21): Position[] {
  const ring = radii.map((r, i) => {
    const t = (2 * Math.PI * i) / radii.length;
    return [cx + r * Math.cos(t), cy + r * Math.sin(t)];
  });
  return [...ring, ring[0]!];
}

const radii = fc.array(fc.double({ min: 0.05, max: 1, noNaN: true }), { minLength: 3, maxLength: 300 });

describe('selfIntersects: which boundaries the importer has to repair', () => {
  it('passes a square with a hole and flags a bow tie, a fold-back and a zero-width bridge', () => {
    const square = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    const hole = [[1, 1], [1, 2], [2, 2], [2, 1], [1, 1]];
    expect(selfIntersects([square, hole])).toBe(false);
    expect(selfIntersects([[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]])).toBe(true);
    expect(selfIntersects([[[0, 0], [4, 0], [2, 0], [2, 2], [0, 0]]])).toBe(true);
    // Two squares joined by a corridor of no width, as a ring clipper leaves them.
    expect(selfIntersects([[[0, 0], [1, 0], [1, 0.5], [3, 0.5], [3, 0], [4, 0], [4, 1], [3, 1], [3, 0.5], [1, 0.5], [1, 1], [0, 1], [0, 0]]])).toBe(true);
    // A hole touching the outer ring, and a hole sticking out of it.
    expect(selfIntersects([square, [[0, 1], [1, 2], [1, 1], [0, 1]]])).toBe(true);
    expect(selfIntersects([square, [[3, 3], [5, 3], [5, 5], [3, 3]]])).toBe(true);
  });

  it('never flags a star-shaped ring, however jagged', () => {
    fc.assert(fc.property(radii, (r) => !selfIntersects([star(r)])), { numRuns: 300 });
  });

  it('always flags two star-shaped rings whose boundaries cross', () => {
    // Radii 1 to 1.2 with at least 6 vertices, centres 1 apart: each ring's boundary has a vertex outside the other
    // (beyond 2 from its centre) and a point inside it (within 0.2 of its centre).
    const near = fc.array(fc.double({ min: 1, max: 1.2, noNaN: true }), { minLength: 6, maxLength: 300 });
    fc.assert(fc.property(near, near, (r, q) => selfIntersects([star(r), star(q, 107, 21)])), { numRuns: 300 });
  });

  it('always flags a ring where two vertices far apart trade places', () => {
    fc.assert(
      fc.property(fc.integer({ min: 8, max: 200 }), (n) => {
        const ring = star(Array.from({ length: n }, () => 1));
        const k = Math.floor(n / 2);
        [ring[1], ring[k]] = [ring[k]!, ring[1]!];
        return selfIntersects([ring]);
      }),
      { numRuns: 100 },
    );
  });
});
