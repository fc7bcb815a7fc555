import { area, booleanPointInPolygon } from '@turf/turf';
import { existsSync, readFileSync } from 'node:fs';
import polygonClipping from 'polygon-clipping';
import { describe, expect, it } from 'vitest';
import { splitIntoVillages } from '../../src/core/demo/splitIntoVillages.ts';
import { interiorPoint } from '../../src/core/geometry/interiorPoint.ts';
import type { Area, Commune, Village } from '../../src/core/model.ts';

const REAL = '../shared/data/real/bac_ninh_wards_2025.geojson';

/** Square ring with corners `[lng, lat]`, counter-clockwise (or clockwise for holes). */
function createSquare(west: number, south: number, size: number, clockwise = false): number[][] {
  const ring = [[west, south], [west + size, south], [west + size, south + size], [west, south + size], [west, south]];
  return clockwise ? ring.reverse() : ring;
}

/** Two islands, the larger with a lake in its middle: a MultiPolygon with a hole. */
function createIslandCommune(): Commune {
  return {
    code: '99999',
    name: 'Đặc khu Thử',
    type: 'dac_khu',
    geometry: {
      type: 'MultiPolygon',
      coordinates: [[createSquare(106, 21, 0.1), createSquare(106.04, 21.04, 0.02, true)], [createSquare(106.2, 21, 0.03)]],
    },
  };
}

/** Share of a village's area that lies inside its commune (1 when wholly inside). */
function insideShare(village: Village, commune: Commune): number {
  const inside = polygonClipping.intersection(
    (village.geometry as Area).coordinates as polygonClipping.Geom,
    commune.geometry.coordinates as polygonClipping.Geom,
  );
  return area({ type: 'MultiPolygon', coordinates: inside }) / area(village.geometry as Area);
}

function expectTiling(communes: Commune[], villages: Village[]) {
  for (const commune of communes) {
    const mine = villages.filter((v) => v.communeCode === commune.code);
    expect(mine.length).toBeGreaterThan(0);
    for (const v of mine) expect(insideShare(v, commune)).toBeGreaterThan(0.9999);
    const sum = mine.reduce((s, v) => s + area(v.geometry as Area), 0);
    expect(Math.abs(sum / area(commune.geometry) - 1)).toBeLessThan(0.01);
  }
}

describe('splitIntoVillages', () => {
  it('tiles a MultiPolygon commune with a hole, leaves the hole empty and distributes the population exactly', () => {
    const commune = createIslandCommune();
    const villages = splitIntoVillages([commune], { seed: 3, villages: 12, population: 5000 });
    expect(villages).toHaveLength(12);
    expect(villages.reduce((s, v) => s + v.population, 0)).toBe(5000);
    expectTiling([commune], villages);
    for (const v of villages) expect(booleanPointInPolygon([106.05, 21.05], v.geometry as Area)).toBe(false);
    expect(villages.some((v) => v.geometry.type === 'MultiPolygon' || interiorPoint(v.geometry as Area)[0] > 106.19)).toBe(true);
  });

  it('gives each commune at least one village and is deterministic for a seed', () => {
    const a = createIslandCommune();
    const b: Commune = { ...a, code: '99998', geometry: { type: 'Polygon', coordinates: [createSquare(106.5, 21, 0.05)] } };
    const one = splitIntoVillages([a, b], { seed: 1, villages: 1, population: 100 });
    expect(one.map((v) => v.communeCode)).toEqual(['99999', '99998']);
    expect(splitIntoVillages([a, b], { seed: 1, villages: 9, population: 900 })).toEqual(splitIntoVillages([a, b], { seed: 1, villages: 9, population: 900 }));
  });

  describe.skipIf(!existsSync(REAL))('on real Bắc Ninh communes (skipped: ../shared/data/real absent)', () => {
    it('keeps every village inside its commune and the areas sum to the commune area within 1 %', () => {
      const features = JSON.parse(readFileSync(REAL, 'utf8')).features as { properties: { code: string; name: string }; geometry: Area }[];
      const communes: Commune[] = features.slice(0, 3).map((f) => ({ code: f.properties.code, name: f.properties.name, type: 'xa', geometry: f.geometry }));
      const villages = splitIntoVillages(communes, { seed: 2025, villages: 45, population: 60_000 });
      expect(villages).toHaveLength(45);
      expectTiling(communes, villages);
    });
  });
});
