import { describe, expect, it } from 'vitest';
import { classifyStats, computeStats, measureDataset } from '../../src/core/stats/computeStats.ts';
import { rasterizeCoverage } from '../../src/core/coverage/rasterizeCoverage.ts';
import { buildTechLayer } from '../../src/core/coverage/buildCoverageLayer.ts';
import { radiusShapeProvider } from '../../src/core/coverage/shapeProvider.ts';
import type { Dataset } from '../../src/core/model.ts';
import { createCommune, createDataset, createSquare, createStation, createVillage, toLonLat } from '../helpers/createData.ts';

/**
 * Two communes side by side, 2 km squares centred at x = -1000 and x = +1000. Commune A has two villages
 * (west and east halves), commune B one. A shared site (Viettel + VNPT, 10 m apart) stands in A, a lone
 * MobiFone site in B whose 5G disc (1415 m) just covers B1 and reaches into A2.
 */
function createTwoCommunes(): Dataset {
  return createDataset({
    communes: [createCommune('A', createSquare(-1000, 0, 2000)), createCommune('B', createSquare(1000, 0, 2000))],
    villages: [
      createVillage('A1', 'A', { type: 'Polygon', coordinates: [rectangle(-2000, -1000, -1000, 1000)] }, 300),
      createVillage('A2', 'A', { type: 'Polygon', coordinates: [rectangle(-1000, -1000, 0, 1000)] }, 100),
      createVillage('B1', 'B', createSquare(1000, 0, 2000), 600),
    ],
    stations: [
      createStation('v1', 'Viettel', -1500, 0, { '4G': 400 }),
      createStation('n1', 'VNPT', -1490, 0, { '4G': 400 }),
      createStation('m1', 'MobiFone', 1000, 0, { '5G': 1415 }),
    ],
  });
}

function rectangle(x0: number, y0: number, x1: number, y1: number) {
  return [toLonLat(x0, y0), toLonLat(x1, y0), toLonLat(x1, y1), toLonLat(x0, y1), toLonLat(x0, y0)];
}

describe('computeStats rollups', () => {
  it('counts sites and shared sites per commune by where the site stands', () => {
    const stats = computeStats(createTwoCommunes());
    const [a, b] = stats.communes;
    expect([a!.stations, a!.sites, a!.sharedSites, a!.sharingPct]).toEqual([2, 1, 1, 100]);
    expect([b!.stations, b!.sites, b!.sharedSites, b!.sharingPct]).toEqual([1, 1, 0, 0]);
    expect([stats.province.sites, stats.province.sharedSites, stats.province.sharingPct]).toEqual([2, 1, 50]);
    expect(stats.sites.map((s) => s.communeCode)).toEqual(['B', 'A']);
  });

  it('weights commune coverage by village population and counts covered villages at the threshold', () => {
    const stats = computeStats(createTwoCommunes());
    const a1 = stats.villages[0]!;
    // Two discs of 400 m around x = -1500 and -1490 inside a 1 km x 2 km village.
    const union = Math.PI * 400 ** 2 + 2 * 400 ** 2 * Math.asin(5 / 400) + 10 * Math.sqrt(400 ** 2 - 25);
    expect(a1.pct['4G']).toBeCloseTo((100 * union) / 2e6, 1);
    expect(stats.communes[0]!.pct['4G']).toBeCloseTo((300 * a1.pct['4G']!) / 400, 6);
    expect(stats.communes[1]!.pct['5G']).toBe(100);
    const a2 = stats.villages[1]!.pct['5G']!;
    // The circular segment beyond x = 0, 1000 m from the centre: r² acos(d / r) - d sqrt(r² - d²).
    const segment = 1415 ** 2 * Math.acos(1000 / 1415) - 1000 * Math.sqrt(1415 ** 2 - 1000 ** 2);
    expect(a2).toBeCloseTo((100 * segment) / 2e6, 1);
    expect(stats.province.pct['5G']).toBeCloseTo((600 * 100 + 100 * a2) / 1000, 6);
    expect(stats.province.villagesCovered['5G']).toBe(1);
    expect(stats.province.villagesCoveredPct['5G']).toBeCloseTo(100 / 3, 6);
  });

  it('changes the covered counts with the threshold', () => {
    const data = createTwoCommunes();
    data.stations.push(createStation('x', 'Vietnamobile', -500, 0, { '4G': 500 }));
    const share = computeStats(data).villages[1]!.pct['4G'];
    expect(share).toBeGreaterThan(35);
    expect(share).toBeLessThan(45);
    expect(computeStats(data, { thresholdPct: 95 }).communes[0]!.villagesCovered['4G']).toBe(0);
    expect(computeStats(data, { thresholdPct: 30 }).communes[0]!.villagesCovered['4G']).toBe(1);
  });

  it('weights a village by its population points when a population layer is loaded', () => {
    const data = createTwoCommunes();
    const [inside, outside] = [toLonLat(-1500, 100), toLonLat(-1100, 900)];
    data.populationPoints = [
      { lon: inside[0], lat: inside[1], population: 30 },
      { lon: outside[0], lat: outside[1], population: 10 },
    ];
    const stats = computeStats(data);
    expect(stats.villages[0]!.weighting).toBe('population');
    expect(stats.villages[0]!.pct['4G']).toBe(75);
    expect(stats.villages[1]!.weighting).toBe('area');
  });

  it('replaces the stations of an operator with its coverage polygons for that technology only', () => {
    const data = createTwoCommunes();
    data.stations.push(createStation('v2', 'Viettel', -700, 0, { '4G': 250, '5G': 250 }));
    data.coverage = [{ operator: 'Viettel', tech: '4G', geometry: { type: 'Polygon', coordinates: [rectangle(-1000, -1000, -500, 1000)] } }];
    const stats = computeStats(data);
    // A2 gets Viettel 4G from the polygon only (its western half), not from the disc at x = -700.
    expect(stats.villages[1]!.pct['4G']).toBeCloseTo(50, 6);
    // Viettel's 5G disc still counts: pi 250² of 2 km², inside A2 and clear of MobiFone's disc.
    const withoutViettel = computeStats(createTwoCommunes()).villages[1]!.pct['5G']!;
    expect(stats.villages[1]!.pct['5G']).toBeCloseTo(withoutViettel + (100 * Math.PI * 250 ** 2) / 2e6, 1);
    // VNPT's 4G disc in A1 is not replaced, Viettel's is (the polygon does not reach A1).
    expect(stats.villages[0]!.pct['4G']).toBeCloseTo((100 * Math.PI * 400 ** 2) / 2e6, 1);
  });

  it('takes fibre from the villages flags without a fibre layer, and from access points with one', () => {
    const data = createTwoCommunes();
    data.villages[2]!.fibre = true;
    expect(computeStats(data).villages.map((v) => v.pct.fibre)).toEqual([0, 0, 100]);
    const [lon, lat] = toLonLat(-500, 0);
    data.fibre.accessPoints = [{ id: 'f', operator: 'VNPT', lon, lat }];
    const stats = computeStats(data);
    expect(stats.fibreSource).toBe('layer');
    expect(stats.villages[1]!.pct.fibre).toBeCloseTo((100 * Math.PI * 300 ** 2) / 2e6, 1);
    expect(stats.villages[2]!.pct.fibre).toBe(0);
  });

  it('reports progress up to the number of villages', () => {
    const calls: number[] = [];
    computeStats(createTwoCommunes(), { onProgress: (done, total) => calls.push(done / total) });
    expect(calls).toEqual([0, 1 / 3, 2 / 3, 1]);
  });
});

describe('computeStats without the data a figure needs', () => {
  it('gives no 4G/5G/6G share (null, not 0) when no stations or coverage areas are loaded', () => {
    const data = { ...createTwoCommunes(), stations: [] };
    const stats = computeStats(data);
    expect(stats.villages.map((v) => v.pct['4G'])).toEqual([null, null, null]);
    expect(stats.villages.map((v) => v.covered['5G'])).toEqual([null, null, null]);
    expect(stats.province.pct['4G']).toBeNull();
    expect(stats.province.villagesCovered['4G']).toBeNull();
    expect(stats.province.villagesCoveredPct['6G']).toBeNull();
    expect([stats.province.sites, stats.province.sharingPct]).toEqual([0, null]);
    // Fibre from the villages' flags is still measured.
    expect(stats.province.pct.fibre).toBe(0);
  });

  it('gives no fibre share where neither a fibre layer nor the village\'s flag says, and counts only villages with data', () => {
    const data = createTwoCommunes();
    data.villages = data.villages.map((v, i) => ({ ...v, fibre: [true, null, false][i]! }));
    const stats = computeStats(data);
    expect(stats.fibreSource).toBe('flag');
    expect(stats.villages.map((v) => v.pct.fibre)).toEqual([100, null, 0]);
    expect(stats.villages.map((v) => v.covered.fibre)).toEqual([true, null, false]);
    // People with data: 300 reached of 900 (A2's 100 are left out, not counted as unreached).
    expect(stats.province.pct.fibre).toBeCloseTo((100 * 300) / 900, 9);
    expect([stats.province.villagesCovered.fibre, stats.province.villagesCoveredPct.fibre]).toEqual([1, 50]);
    data.villages = data.villages.map((v) => ({ ...v, fibre: null }));
    const none = computeStats(data);
    expect(none.fibreSource).toBeNull();
    expect(none.province.pct.fibre).toBeNull();
  });

  it('classifies a kept measurement at any threshold as a full run would', () => {
    const data = createTwoCommunes();
    const measured = measureDataset(data);
    for (const pct of [0, 30, 50, 95, 100]) expect(classifyStats(measured, pct)).toEqual(computeStats(data, { thresholdPct: pct }));
  });
});

describe('rasterizeCoverage', () => {
  it('marks exactly the pixels whose centres the shapes cover, rows north to south', () => {
    const data = createTwoCommunes();
    const [west, south] = toLonLat(-2000, -1000);
    const [east, north] = toLonLat(2000, 1000);
    const grid = { west, south, east, north, width: 80, height: 40 };
    const raster = rasterizeCoverage(data.stations, [], '4G', grid, radiusShapeProvider);
    const layer = buildTechLayer(data.stations, [], '4G', radiusShapeProvider);
    const yTop = Math.log(Math.tan(Math.PI / 4 + (north * Math.PI) / 360));
    const yBottom = Math.log(Math.tan(Math.PI / 4 + (south * Math.PI) / 360));
    let covered = 0;
    for (let r = 0; r < grid.height; r++)
      for (let c = 0; c < grid.width; c++) {
        const lat = (2 * Math.atan(Math.exp(yTop - ((r + 0.5) * (yTop - yBottom)) / grid.height)) - Math.PI / 2) * (180 / Math.PI);
        const lon = west + ((c + 0.5) * (east - west)) / grid.width;
        expect(raster[r * grid.width + c]).toBe(layer.covers(lon, lat) ? 1 : 0);
        covered += raster[r * grid.width + c]!;
      }
    expect(covered).toBeGreaterThan(0);
    expect(rasterizeCoverage(data.stations, [], '4G', grid, radiusShapeProvider, 'MobiFone').every((p) => p === 0)).toBe(true);
  });
});
