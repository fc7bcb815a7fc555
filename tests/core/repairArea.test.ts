import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { createKinkedRing, createRandomRing, createTwistedSpikes } from '../../bench/crossingRings.ts';
import { signedArea2 } from '../../src/core/geometry/clipToConvex.ts';
import { DEFAULT_MAX_REPAIR_VERTICES, repairArea } from '../../src/core/geometry/repairArea.ts';
import { countSelfIntersections, selfIntersects } from '../../src/core/geometry/selfIntersects.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import type { Area } from '../../src/core/model.ts';
import { evenOddArea } from '../helpers/evenOddArea.ts';

/** The repaired polygons, failing the test if the area was rejected. */
function repaired(rings: Position[][], maxRepairVertices?: number): Position[][][] {
  const r = repairArea({ type: 'Polygon', coordinates: rings }, maxRepairVertices === undefined ? {} : { maxRepairVertices });
  if ('reason' in r) throw new Error(`rejected: ${r.reason} ${r.detail}`);
  return polygonsOf(r.geometry);
}

const polygonsOf = (area: Area): Position[][][] => (area.type === 'Polygon' ? [area.coordinates] : area.coordinates);
/** Planar area of one polygon: its outer ring less its holes (signed areas: outer counter-clockwise, holes clockwise). */
const polygonArea = (rings: Position[][]) => rings.reduce((sum, ring) => sum + signedArea2(ring) / 2, 0);
const sorted = (ring: Position[]) => ring.slice(0, -1).map(([x, y]) => `${x},${y}`).sort();

describe('repairArea splits self-intersecting polygons into simple parts, even-odd', () => {
  it('splits a bow tie into its two triangles of area 1', () => {
    const parts = repaired([[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]]);
    expect(parts.map(polygonArea)).toEqual([1, 1]);
    expect(parts.map((p) => sorted(p[0]!)).sort()).toEqual([sorted([[0, 0], [1, 1], [0, 2], [0, 0]]), sorted([[2, 0], [2, 2], [1, 1], [2, 0]])].sort());
    expect(parts.every((p) => p.length === 1 && signedArea2(p[0]!) > 0)).toBe(true);
  });

  it('splits a figure-eight into two lobes of area 5 meeting at the crossing', () => {
    const parts = repaired([[[0, 0], [2, 0], [4, 2], [6, 2], [6, 0], [4, 0], [2, 2], [0, 2], [0, 0]]]);
    expect(parts.map(polygonArea)).toEqual([5, 5]);
    expect(parts.every((p) => p[0]!.some(([x, y]) => x === 3 && y === 1))).toBe(true);
  });

  it('cuts where a hole sticks out of its outer ring: the overlap is out, the part outside is in', () => {
    const outer = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
    const hole = [[3, 1], [3, 3], [5, 3], [5, 1], [3, 1]];
    const r = repairArea({ type: 'Polygon', coordinates: [outer, hole] });
    if ('reason' in r) throw new Error(r.reason);
    expect(r.fixes).toEqual(['self_intersection_repaired']);
    expect(polygonsOf(r.geometry).map(polygonArea).sort((a, b) => a - b)).toEqual([2, 14]);
  });

  it('leaves out the middle of a pentagram, which its ring winds round twice', () => {
    const star = [0, 2, 4, 1, 3, 0].map((k): Position => [Math.cos((2 * Math.PI * k) / 5 + Math.PI / 2), Math.sin((2 * Math.PI * k) / 5 + Math.PI / 2)]);
    const parts = repaired([star]);
    const total = parts.reduce((sum, p) => sum + polygonArea(p), 0);
    expect(total).toBeCloseTo(evenOddArea([star]), 8);
    // The pentagram less its inner pentagon: its five points, each a triangle.
    expect(total).toBeLessThan(Math.abs(signedArea2(star)) / 2);
    expect(parts.some((p) => p[0]!.length === 4)).toBe(true);
  });

  it('keeps the even-odd area and leaves no part that crosses itself, for any small ring', () => {
    const point = fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 12 }), (points) => {
        const ring: Position[] = [...points, points[0]!];
        const r = repairArea({ type: 'Polygon', coordinates: [ring] });
        const expected = evenOddArea([ring]);
        if ('reason' in r) {
          // Only a ring with no area is rejected.
          expect(expected).toBeLessThan(1e-9);
          return;
        }
        const parts = polygonsOf(r.geometry);
        expect(parts.reduce((sum, p) => sum + polygonArea(p), 0)).toBeCloseTo(expected, 7);
        for (const p of parts) expect(selfIntersects(p)).toBe(false);
      }),
      { numRuns: 400 },
    );
  }, 60_000);

  it('ends, keeping the even-odd area, on rings of repeated points, straight runs and fold-backs', () => {
    // A grid of 5 x 5 points makes them often: a clipper that loops on them would hang the import's worker.
    const point = fc.tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 4 }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 3, maxLength: 14 }), (points) => {
        const ring: Position[] = [...points, points[0]!].map(([x, y]) => [106 + x / 1000, 21 + y / 1000]);
        const r = repairArea({ type: 'Polygon', coordinates: [ring] });
        const expected = evenOddArea([ring]);
        const got = 'reason' in r ? 0 : polygonsOf(r.geometry).reduce((sum, p) => sum + polygonArea(p), 0);
        // Crossings are kept to 1e-9°: some 1e-12 square degrees on these 0.004° rings.
        // Parts may touch at a vertex here (two triangles sharing a corner), which selfIntersects counts: only
        // random rings in general position are checked for that, above.
        expect(got).toBeCloseTo(expected, 10);
      }),
      { numRuns: 2000 },
    );
  }, 60_000);

  it('repairs a commune of 3,000 twisted spikes (9,000 vertices, 3,000 crossings) into valid parts', () => {
    const ring = createTwistedSpikes(3000);
    expect(countSelfIntersections([ring], Infinity)).toBe(3000);
    const parts = repaired([ring]);
    // The body, with each spike's foot cut off as a small triangle of its own.
    expect(parts).toHaveLength(3001);
    const vertices = parts.reduce((n, p) => n + p.reduce((m, r) => m + r.length - 1, 0), 0);
    expect(vertices).toBeLessThanOrEqual(9000 + 2 * 3000);
    expect(parts.every((p) => !selfIntersects(p))).toBe(true);
  }, 60_000);

  it('keeps the even-odd area of 300 twisted spikes', () => {
    const ring = createTwistedSpikes(300);
    const parts = repaired([ring]);
    expect(parts).toHaveLength(301);
    // Vertices are kept to 1e-9° (0.1 mm), which moves the area of these long thin spikes by parts in 10 million.
    expect(parts.reduce((sum, p) => sum + polygonArea(p), 0) / evenOddArea([ring])).toBeCloseTo(1, 5);
  }, 60_000);

  it('repairs a ring of 4,000 vertices with 1,000 kinks', () => {
    const ring = createKinkedRing(4000);
    const parts = repaired([ring]);
    expect(parts).toHaveLength(1001);
    expect(parts.reduce((sum, p) => sum + polygonArea(p), 0) / evenOddArea([ring])).toBeCloseTo(1, 9);
  }, 60_000);
});

describe('the repair budget: vertices plus crossings', () => {
  const bowTie = [[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]];

  it('repairs a bow tie (4 vertices, 1 crossing) within a budget of 5 and rejects it, naming the limit, within 4', () => {
    expect(repaired([bowTie], 5)).toHaveLength(2);
    expect(repairArea({ type: 'Polygon', coordinates: [bowTie] }, { maxRepairVertices: 4 })).toEqual({ reason: 'repair_limit_exceeded', detail: '> 4' });
  });

  it('does not count the vertices of a polygon that needs no repair', () => {
    const square = [[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]];
    expect(repaired([square], 1)).toEqual([[square]]);
  });

  it(`rejects 2,000 vertices joined at random (half a million crossings) at the default ${DEFAULT_MAX_REPAIR_VERTICES}`, () => {
    expect(repairArea({ type: 'Polygon', coordinates: [createRandomRing(2000)] })).toEqual({ reason: 'repair_limit_exceeded', detail: `> ${DEFAULT_MAX_REPAIR_VERTICES}` });
  });

  it('rejects, without trying, a self-crossing ring with a coordinate no place on Earth has', () => {
    for (const far of [1e7, 1e12]) {
      expect(repairArea({ type: 'Polygon', coordinates: [[[0, 0], [far, far], [far, 0], [0, far], [0, 0]]] })).toEqual({ reason: 'invalid_geometry', detail: '' });
    }
  });

  it('rejects the feature, not the file, and takes the budget from the import limits', async () => {
    const feature = (code: string, ring: Position[]) => ({ type: 'Feature', properties: { code, name: `Xã ${code}` }, geometry: { type: 'Polygon', coordinates: [ring] } });
    const square = [[106, 21], [106.1, 21], [106.1, 21.1], [106, 21.1], [106, 21]];
    const text = JSON.stringify({ type: 'FeatureCollection', features: [feature('00001', square), feature('00002', createTwistedSpikes(300))] });
    const bytes = new TextEncoder().encode(text);
    const tight = await importLayer(bytes, 'communes.geojson', 'communes', { limits: { maxRepairVertices: 1000 } });
    if (!tight.ok) throw new Error(tight.error);
    expect(tight.report).toMatchObject({ rows: 2, imported: 1, rejected: 1, reasons: { repair_limit_exceeded: 1 } });
    expect(tight.report.issues).toEqual([{ row: 2, field: 'geometry', code: 'repair_limit_exceeded', detail: '> 1000' }]);
    const roomy = await importLayer(bytes, 'communes.geojson', 'communes');
    if (!roomy.ok) throw new Error(roomy.error);
    expect(roomy.report).toMatchObject({ rows: 2, imported: 2, rejected: 0, warningCodes: { self_intersection_repaired: 1 } });
  });
});
