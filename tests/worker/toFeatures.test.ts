import { describe, expect, it } from 'vitest';
import type { Dataset, Station } from '../../src/core/model.ts';
import { groupSites } from '../../src/core/sites/groupSites.ts';
import { toFeatures } from '../../src/worker/toFeatures.ts';

function createStation(id: string, operator: string, lon: number, lat: number, techs: Station['techs']): Station {
  return { id, operator, lon, lat, techs, heightM: null, azimuths: [], beamwidthDeg: null, band: null, eirpDbm: {}, environment: null, towerId: null, radiusM: {} };
}

function createDataset(): Dataset {
  const square = (w: number): Dataset['communes'][number]['geometry'] => ({
    type: 'Polygon', coordinates: [[[w, 21], [w + 0.1, 21], [w + 0.1, 21.1], [w, 21.1], [w, 21]]],
  });
  return {
    province: { code: 'demo', name: 'Tỉnh Thử', nameEn: 'Test', isDemo: true },
    communes: [
      { code: '00001', name: 'Xã Tây', type: 'xa', geometry: square(106) },
      { code: '00002', name: 'Phường Đông', type: 'phuong', geometry: square(106.1) },
    ],
    villages: [{ id: 'v1', name: 'Thôn Hạ', communeCode: '00002', population: 500, households: 120, fibre: true, geometry: square(106.1) }],
    stations: [
      createStation('a', 'VNPT', 106.15, 21.05, ['4G', '2G']),
      createStation('b', 'Viettel', 106.15, 21.05, ['5G']),
      createStation('c', 'MobiFone', 106.02, 21.02, ['4G']),
    ],
    coverage: [],
    fibre: { routes: [], accessPoints: [{ id: 'ap', operator: 'VNPT', lon: 106.05, lat: 21.05 }] },
    populationPoints: [],
  };
}

describe('toFeatures', () => {
  it('gives a shared site its operators, stations, technologies in generation order and its commune', () => {
    const data = createDataset();
    const { sites } = toFeatures(data, groupSites(data.stations));
    expect(sites.features.map((f) => f.properties)).toEqual([
      { id: 'site-MobiFone:c', operatorCount: 1, operators: 'MobiFone', stationCount: 1, techs: '4G', communeName: 'Xã Tây', stationKeys: 'MobiFone:c' },
      { id: 'site-VNPT:a', operatorCount: 2, operators: 'VNPT, Viettel', stationCount: 2, techs: '2G, 4G, 5G', communeName: 'Phường Đông', stationKeys: 'VNPT:a\nViettel:b' },
    ]);
  });

  it('names the commune of each village and keeps its figures', () => {
    const data = createDataset();
    const { villages, fibre } = toFeatures(data, []);
    expect(villages.features[0]!.properties).toMatchObject({ name: 'Thôn Hạ', communeName: 'Phường Đông', population: 500, households: 120, fibre: true });
    expect(fibre.features.map((f) => f.properties.kind)).toEqual(['access']);
  });
});
