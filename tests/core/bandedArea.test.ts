import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BandedArea } from '../../src/core/geometry/bandedArea.ts';
import { pointInArea } from '../../src/core/geometry/projectArea.ts';
import type { Area } from '../../src/core/model.ts';

/** A star-shaped ring of `n` vertices around (lon, lat): jagged like a real commune boundary, never self-crossing. */
function star(lon: number, lat: number, radii: number[]): number[][] {
  const ring = radii.map((r, i) => {
    const t = (2 * Math.PI * i) / radii.length;
    return [lon + r * Math.cos(t), lat + r * Math.sin(t)];
  });
  return [...ring, ring[0]!];
}

describe('BandedArea: the point test stations and population points go through', () => {
  it('knows a square with a hole, and a second part', () => {
    const area: Area = {
      type: 'MultiPolygon',
      coordinates: [
        [star(106, 21, [0.1, 0.1, 0.1, 0.1]), star(106, 21, [0.02, 0.02, 0.02, 0.02]).reverse()],
        [star(107, 21, [0.05, 0.05, 0.05, 0.05, 0.05, 0.05])],
      ],
    };
    const banded = new BandedArea(area);
    expect(banded.contains(106.05, 21)).toBe(true);
    expect(banded.contains(106, 21)).toBe(false); // in the hole
    expect(banded.contains(107, 21.01)).toBe(true);
    expect(banded.contains(106.5, 21)).toBe(false); // between the parts
    expect(banded.contains(106, 21.2)).toBe(false); // above
  });

  it('answers exactly as the plain even-odd test, for jagged rings of many vertices', () => {
    const radii = fc.array(fc.double({ min: 0.01, max: 0.2, noNaN: true }), { minLength: 3, maxLength: 400 });
    const point = fc.tuple(fc.double({ min: 105.7, max: 106.3, noNaN: true }), fc.double({ min: 20.7, max: 21.3, noNaN: true }));
    fc.assert(
      fc.property(radii, radii, fc.array(point, { minLength: 1, maxLength: 50 }), (outer, inner, points) => {
        const hole = star(106, 21, inner.map((r) => r / 4)).reverse();
        const area: Area = { type: 'MultiPolygon', coordinates: [[star(106, 21, outer), hole], [star(106.1, 20.9, inner)]] };
        const banded = new BandedArea(area);
        for (const [lon, lat] of points) expect(banded.contains(lon, lat)).toBe(pointInArea(area, lon, lat));
        // Vertices and points on vertex latitudes sit on band edges: the hardest cases for the banding.
        for (const [lon, lat] of area.coordinates[0]![0]!) expect(banded.contains(lon! - 1e-9, lat!)).toBe(pointInArea(area, lon! - 1e-9, lat!));
      }),
      { numRuns: 300 },
    );
  });
});
