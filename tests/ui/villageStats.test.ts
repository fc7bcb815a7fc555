import type { FeatureCollection, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { VillageStats } from '../../src/core/stats/statsTypes.ts';
import { dictionary } from '../../src/ui/i18n/dictionary.ts';
import { popupRows } from '../../src/ui/popupRows.ts';
import { sortVillageRows, villageRows } from '../../src/ui/villageRows.ts';
import { villageStatsFeatures } from '../../src/ui/villageStatsFeatures.ts';
import type { VillageProps } from '../../src/worker/toFeatures.ts';

function createVillageStats(id: string, name: string, communeCode: string, population: number, pct4G: number): VillageStats {
  const pct = { '4G': pct4G, '5G': pct4G / 2, '6G': 0, fibre: 100 - pct4G };
  return {
    id, name, communeCode, population, areaKm2: 1, pct, weighting: 'population',
    covered: { '4G': pct4G >= 95, '5G': false, '6G': false, fibre: false },
  };
}

function createVillageFeatures(ids: string[]): FeatureCollection<Point, VillageProps> {
  return {
    type: 'FeatureCollection',
    features: ids.map((id, i) => ({
      type: 'Feature', id: i, geometry: { type: 'Point', coordinates: [106, 21] },
      properties: { id, name: `Thôn ${id}`, communeCode: 'C1', communeName: 'Xã Một', population: 10, households: 3, fibre: false, areaEstimated: false },
    })),
  };
}

describe('village shares on the map', () => {
  it('adds each village its share per technology, matched by id, keeping feature ids', () => {
    const features = createVillageFeatures(['a', 'b', 'c']);
    const out = villageStatsFeatures(features, [createVillageStats('b', 'Thôn b', 'C1', 10, 80), createVillageStats('a', 'Thôn a', 'C1', 10, 40)]);
    expect(out.features.map((f) => [f.id, f.properties.pct4G, f.properties.pct5G, f.properties.pctfibre])).toEqual([
      [0, 40, 20, 60], [1, 80, 40, 20], [2, undefined, undefined, undefined],
    ]);
    expect(features.features[0]!.properties).not.toHaveProperty('pct4G');
  });

  it('shows the shares in the village popup, in Vietnamese number format', () => {
    const [feature] = villageStatsFeatures(createVillageFeatures(['a']), [createVillageStats('a', 'Thôn a', 'C1', 10, 97.25)]).features;
    const rows = popupRows({ kind: 'village', lngLat: [106, 21], properties: { ...feature!.properties } }, dictionary('vi'), 'layer').rows;
    expect(rows.slice(2)).toEqual([['Vùng phủ 4G (%)', '97,3'], ['Vùng phủ 5G (%)', '48,6'], ['Vùng phủ 6G (%)', '0'], ['Cáp quang trong 300 m (%)', '2,8']]);
  });

  it('leaves a share without data off the map (grey there, empty in exports), never 0', () => {
    const stats = { ...createVillageStats('a', 'Thôn a', 'C1', 10, 50), pct: { '4G': null, '5G': null, '6G': null, fibre: 40 } };
    const [feature] = villageStatsFeatures(createVillageFeatures(['a']), [stats]).features;
    expect(feature!.properties).not.toHaveProperty('pct4G');
    expect(feature!.properties.pctfibre).toBe(40);
  });
});

describe('village table rows', () => {
  const rows = villageRows(
    [
      createVillageStats('v1', 'Thôn Đông', 'C1', 300, 50),
      createVillageStats('v2', 'Thôn An', 'C2', 100, 99),
      createVillageStats('v3', 'Thôn Bắc', 'C1', 200, 50),
    ],
    new Map([['C1', 'Xã Đại Hải'], ['C2', 'Xã An Bình']]),
  );

  it('names each village\'s commune', () => {
    expect(rows.map((r) => r.communeName)).toEqual(['Xã Đại Hải', 'Xã An Bình', 'Xã Đại Hải']);
  });

  it('sorts by coverage both ways, ties in id order', () => {
    expect(sortVillageRows(rows, '4G', 'asc').map((r) => r.id)).toEqual(['v1', 'v3', 'v2']);
    expect(sortVillageRows(rows, '4G', 'desc').map((r) => r.id)).toEqual(['v2', 'v1', 'v3']);
    expect(sortVillageRows(rows, 'fibre', 'desc').map((r) => r.id)).toEqual(['v1', 'v3', 'v2']);
  });

  it('sorts villages without data last, both ways', () => {
    const unknown = { ...createVillageStats('v0', 'Thôn Mới', 'C1', 50, 0), pct: { '4G': null, '5G': null, '6G': null, fibre: null } };
    const withUnknown = villageRows([unknown, ...rows.map((r) => createVillageStats(r.id, r.name, r.communeCode, r.population, r.pct['4G']!))], new Map());
    expect(sortVillageRows(withUnknown, '4G', 'asc').map((r) => r.id)).toEqual(['v1', 'v3', 'v2', 'v0']);
    expect(sortVillageRows(withUnknown, '4G', 'desc').map((r) => r.id)).toEqual(['v2', 'v1', 'v3', 'v0']);
  });

  it('sorts names in Vietnamese order and population by number', () => {
    expect(sortVillageRows(rows, 'name', 'asc').map((r) => r.name)).toEqual(['Thôn An', 'Thôn Bắc', 'Thôn Đông']);
    expect(sortVillageRows(rows, 'population', 'desc').map((r) => r.population)).toEqual([300, 200, 100]);
  });
});
