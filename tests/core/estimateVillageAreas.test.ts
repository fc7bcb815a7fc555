import { bbox, booleanPointInPolygon } from '@turf/turf';
import fc from 'fast-check';
import type { Position } from 'geojson';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRandom } from '../../src/core/demo/random.ts';
import { signedArea2 } from '../../src/core/geometry/clipToConvex.ts';
import { randomPointIn } from '../../src/core/geometry/randomPointIn.ts';
import { estimateVillageAreas } from '../../src/core/import/estimateVillageAreas.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import type { Area, Commune, Village } from '../../src/core/model.ts';

const REAL = join(import.meta.dirname, '../../../shared/data/real');

/** Planar area in square degrees: outer rings less holes (outer rings counter-clockwise, holes clockwise). */
const planarArea = (area: Area) => (area.type === 'Polygon' ? [area.coordinates] : area.coordinates).flat().reduce((sum, ring) => sum + signedArea2(ring) / 2, 0);

const square: Area = { type: 'Polygon', coordinates: [[[106, 21], [106.02, 21], [106.02, 21.01], [106, 21.01], [106, 21]]] };
const createCommune = (geometry: Area = square, code = 'C1'): Commune => ({ code, name: `Xã ${code}`, type: 'xa', geometry });
const createVillage = (id: string, lon: number, lat: number, communeCode = 'C1'): Village => ({
  id, name: `Thôn ${id}`, communeCode, population: 100, households: 25, fibre: false, geometry: { type: 'Point', coordinates: [lon, lat] },
});
const areaOf = (v: Village) => (v.geometry.type === 'Point' ? 0 : planarArea(v.geometry));

describe('estimateVillageAreas: each point village gets its Voronoi cell in its commune', () => {
  it('halves a 0.02° x 0.01° commune between two villages, each marked estimated, leaving the input as it was', () => {
    const villages = [createVillage('A', 106.005, 21.005), createVillage('B', 106.015, 21.005)];
    const out = estimateVillageAreas(villages, [createCommune()]);
    expect(out.map(areaOf).map((a) => a * 1e4)).toEqual([expect.closeTo(1, 6), expect.closeTo(1, 6)]);
    expect(out.every((v) => v.areaEstimated === true && v.geometry.type === 'Polygon')).toBe(true);
    expect(villages.every((v) => v.geometry.type === 'Point' && v.areaEstimated === undefined)).toBe(true);
  });

  it('quarters it between four villages, each cell holding its own point', () => {
    const villages = [[106.005, 21.0025], [106.015, 21.0025], [106.005, 21.0075], [106.015, 21.0075]].map(([lon, lat], i) => createVillage(`V${i}`, lon!, lat!));
    const out = estimateVillageAreas(villages, [createCommune()]);
    expect(out.map((v) => areaOf(v) * 1e5)).toEqual(Array(4).fill(expect.closeTo(5, 5)));
    out.forEach((v, i) => expect(booleanPointInPolygon(villages[i]!.geometry.coordinates as Position, v.geometry as Area)).toBe(true));
  });

  it('cuts strips between villages in a row, at the midpoints between neighbours', () => {
    const villages = [21.001, 21.008, 21.003].map((lat, i) => createVillage(`R${i}`, 106.01, lat));
    const out = estimateVillageAreas(villages, [createCommune()]);
    // Bisectors at 21.002 and 21.0055 across the 0.02° width.
    expect(out.map((v) => areaOf(v) * 1e5)).toEqual([expect.closeTo(4, 5), expect.closeTo(9, 5), expect.closeTo(7, 5)]);
  });

  it('gives the only village of a commune the whole commune, even when its point lies outside', () => {
    const [inside, outside] = estimateVillageAreas([createVillage('A', 106.01, 21.005), createVillage('B', 107, 22, 'C2')], [createCommune(), createCommune(square, 'C2')]);
    expect(inside!.geometry).toEqual(square);
    expect(outside!.geometry).toEqual(square);
  });

  it('gives villages at the same point the same cell', () => {
    const out = estimateVillageAreas([createVillage('A', 106.005, 21.005), createVillage('A2', 106.005, 21.005), createVillage('B', 106.015, 21.005)], [createCommune()]);
    expect(out[0]!.geometry).toEqual(out[1]!.geometry);
    expect(out.map((v) => areaOf(v) * 1e4)).toEqual([expect.closeTo(1, 6), expect.closeTo(1, 6), expect.closeTo(1, 6)]);
  });

  it('gives a point just outside its commune the part nearer to it, and a point far outside nothing', () => {
    // Just east of the commune: the bisector with A (x = 106.005) runs at x = 106.013.
    const near = estimateVillageAreas([createVillage('A', 106.005, 21.005), createVillage('B', 106.021, 21.005)], [createCommune()]);
    expect(near.map((v) => areaOf(v) * 1e5)).toEqual([expect.closeTo(13, 5), expect.closeTo(7, 5)]);
    // 0.2° east: the bisector lies beyond the commune, so B keeps its point and A takes the whole commune.
    const far = estimateVillageAreas([createVillage('A', 106.005, 21.005), createVillage('B', 106.2, 21.005)], [createCommune()]);
    expect(areaOf(far[0]!) * 1e4).toBeCloseTo(2, 6);
    expect(far[1]).toEqual(createVillage('B', 106.2, 21.005));
  });

  it('returns villages naming an unknown commune, and villages with a boundary, unchanged; boundaries take no part', () => {
    const polygonVillage: Village = { ...createVillage('P', 0, 0), geometry: square };
    const unknown = createVillage('U', 106.01, 21.005, 'NOPE');
    const villages = [polygonVillage, unknown, createVillage('A', 106.005, 21.005), createVillage('B', 106.015, 21.005)];
    const out = estimateVillageAreas(villages, [createCommune()]);
    expect(out[0]).toBe(polygonVillage);
    expect(out[1]).toBe(unknown);
    expect(out.slice(2).map((v) => areaOf(v) * 1e4)).toEqual([expect.closeTo(1, 6), expect.closeTo(1, 6)]);
  });

  it('reports progress over the point villages it can place, from 0 to all, never backwards', () => {
    const communes = Array.from({ length: 300 }, (_, i) => createCommune(square, `C${i}`));
    const villages = communes.flatMap((c) => [createVillage(`${c.code}a`, 106.005, 21.005, c.code), createVillage(`${c.code}b`, 106.015, 21.005, c.code)]);
    villages.push(createVillage('lost', 106, 21, 'NOPE'));
    const calls: [number, number][] = [];
    estimateVillageAreas(villages, communes, { onProgress: (done, total) => calls.push([done, total]) });
    expect(calls[0]).toEqual([0, 600]);
    expect(calls[calls.length - 1]).toEqual([600, 600]);
    expect(calls.length).toBeGreaterThan(50);
    expect(calls.length).toBeLessThanOrEqual(102);
    expect(calls.every(([done], i) => i === 0 || done > calls[i - 1]![0])).toBe(true);
  });
});

/**
 * Cells cover their commune once and nothing outside it, at `samples` random points of its box (a random point
 * falls on no boundary): with the sum of the areas, this says the cells tile the commune.
 */
function expectTiling(cells: readonly Village[], commune: Commune, samples: number): void {
  const [west, south, east, north] = bbox(commune.geometry);
  const random = createRandom(samples);
  for (let k = 0; k < samples; k++) {
    const p = [random.range(west, east), random.range(south, north)];
    const covering = cells.filter((v) => booleanPointInPolygon(p, v.geometry as Area)).length;
    expect(covering, `${commune.code} at ${p}`).toBe(booleanPointInPolygon(p, commune.geometry) ? 1 : 0);
  }
}

describe('the cells of a commune tile it', () => {
  /** A star-shaped ring around (106, 21): vertex i at radius radii[i] degrees. */
  const star = (radii: number[], scale = 1): Position[] => {
    const ring = radii.map((r, i): Position => [106 + scale * r * Math.cos((2 * Math.PI * i) / radii.length), 21 + scale * r * Math.sin((2 * Math.PI * i) / radii.length)]);
    return [...ring, ring[0]!];
  };
  const radii = fc.array(fc.double({ min: 0.01, max: 0.05, noNaN: true }), { minLength: 3, maxLength: 40 });
  /** A point on the segment from the centre to a boundary point of the star: inside it (or in the hole). */
  const site = fc.record({ edge: fc.nat(), along: fc.double({ min: 0, max: 1, noNaN: true }), out: fc.double({ min: 0.01, max: 0.99, noNaN: true }) });

  it('sums to the commune, without overlap or gap, each cell holding its point; a hole and repeated points included', () => {
    fc.assert(
      fc.property(radii, fc.array(site, { minLength: 2, maxLength: 12 }), fc.boolean(), fc.boolean(), (r, sites, withHole, repeat) => {
        const outer = star(r);
        // Clockwise, inside the star (every radius is at least 0.01).
        const hole = [...star([0.004, 0.004, 0.004, 0.004, 0.004, 0.004])].reverse();
        const commune = createCommune({ type: 'Polygon', coordinates: withHole ? [outer, hole] : [outer] });
        const points = sites.map(({ edge, along, out }): [number, number] => {
          const a = outer[edge % (outer.length - 1)]!;
          const b = outer[(edge % (outer.length - 1)) + 1]!;
          return [106 + out * (a[0]! + along * (b[0]! - a[0]!) - 106), 21 + out * (a[1]! + along * (b[1]! - a[1]!) - 21)];
        });
        if (repeat) points.push(points[0]!);
        const villages = points.map(([lon, lat], i) => createVillage(`V${i}`, lon, lat));
        const out = estimateVillageAreas(villages, [commune]);

        // Villages at one point share a cell: count each cell once.
        const distinct = [...new Map(out.filter((v) => v.geometry.type !== 'Point').map((v) => [v.geometry, v])).values()];
        const whole = planarArea(commune.geometry);
        const sum = distinct.reduce((s, v) => s + areaOf(v), 0);
        expect(sum / whole).toBeCloseTo(1, 6);
        expectTiling(distinct, commune, 200);
        out.forEach((v, i) => {
          // Boundaries are kept to 1e-9°: a point nearer than that to a cell's edge may fall either side.
          const [x, y] = points[i]!;
          const alone = points.every(([px, py]) => (px === x && py === y) || Math.hypot(px - x, py - y) > 1e-7);
          if (alone && booleanPointInPolygon(points[i]!, commune.geometry)) expect(booleanPointInPolygon(points[i]!, v.geometry as Area)).toBe(true);
        });
        if (repeat) expect(out[out.length - 1]!.geometry).toEqual(out[0]!.geometry);
        expect(distinct.length).toBeGreaterThan(0);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});

describe.skipIf(!existsSync(REAL))('real 2025 Bắc Ninh wards with 2,000 village points (skipped: ../shared/data/real absent)', () => {
  it('tiles every ward with the cells of its villages, each holding its point', async () => {
    const file = 'bac_ninh_wards_2025.geojson';
    const r = await importLayer(new Uint8Array(readFileSync(join(REAL, file))), file);
    if (!r.ok || r.layer.kind !== 'communes') throw new Error(r.ok ? r.kind : r.error);
    const communes = r.layer.communes;
    const random = createRandom(2025);
    const total = communes.reduce((s, c) => s + planarArea(c.geometry), 0);
    const villages = communes.flatMap((c) =>
      Array.from({ length: Math.max(1, Math.round((2000 * planarArea(c.geometry)) / total)) }, (_, i) => {
        const [lon, lat] = randomPointIn(c.geometry, random);
        return createVillage(`${c.code}-${i}`, lon, lat, c.code);
      }),
    );
    expect(villages.length).toBeGreaterThan(1900);
    const out = estimateVillageAreas(villages, communes);
    expect(out.filter((v) => v.geometry.type === 'Point')).toEqual([]);
    for (const c of communes) {
      const cells = out.filter((v) => v.communeCode === c.code);
      const whole = planarArea(c.geometry);
      expect(cells.reduce((s, v) => s + areaOf(v), 0) / whole, c.code).toBeCloseTo(1, 6);
      expectTiling(cells, c, 20);
    }
    out.forEach((v, i) => expect(booleanPointInPolygon(villages[i]!.geometry.coordinates as Position, v.geometry as Area), v.id).toBe(true));
  }, 120_000);
});
