import type { Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { CommuneSpeed, SpeedTile } from '../../../src/core/measure/measureTypes.ts';
import { speedFigures, speedManualValues } from '../../../src/core/measure/speedFigures.ts';
import type { Commune, Village } from '../../../src/core/model.ts';

const square = (w: number, s: number, size: number): Polygon => ({
  type: 'Polygon', coordinates: [[[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]]],
});
const communes: Commune[] = [
  { code: '00001', name: 'Xã Đông', type: 'xa', geometry: square(106, 21, 0.1) },
  { code: '00002', name: 'Phường Tây', type: 'phuong', geometry: square(106.1, 21, 0.1) },
];
const villages: Village[] = [{ id: 'V1', name: 'Thôn 1', communeCode: '00001', population: 1, households: 1, fibre: false, geometry: square(106, 21, 0.05) }];
const tile = (lon: number, downloadMbps: number, tests: number, network: SpeedTile['network'] = 'mobile'): SpeedTile => ({
  quadkey: String(lon), network, geometry: square(lon, 21.01, 0.001), lon, lat: 21.01, downloadMbps, uploadMbps: null, latencyMs: null, tests, devices: null,
});
const line = (over: Partial<CommuneSpeed>): CommuneSpeed => ({ communeCode: '00001', communeName: null, operator: null, network: 'fixed', downloadMbps: 100, uploadMbps: null, samples: 10, ...over });

describe('weighted speed means', () => {
  it('weighs tiles by tests, per commune, village and province; tiles outside every commune are left out', () => {
    const f = speedFigures([tile(106.01, 50, 10), tile(106.07, 100, 30), tile(106.15, 20, 60), tile(107, 500, 1000)], [], communes, villages);
    expect(f.province.mobile).toMatchObject({ downloadMbps: (500 + 3000 + 1200) / 100, tests: 100, parts: 3, source: 'speed_tiles', tooFew: false });
    expect(f.communes.get('00001')!.mobile).toMatchObject({ downloadMbps: (500 + 3000) / 40, tests: 40, tooFew: true });
    expect(f.villages.get('V1')!.mobile!.downloadMbps).toBe(50);
    expect(f.province.fixed).toBeUndefined();
  });

  it('weighs commune lines by samples, matches names without diacritics, and uses a commune\'s all-operator line alone', () => {
    const f = speedFigures([], [
      line({ operator: 'Viettel', downloadMbps: 200, samples: 30 }),
      line({ operator: 'VNPT', downloadMbps: 100, samples: 10 }),
      line({ communeCode: null, communeName: 'phuong tay', operator: 'Viettel', downloadMbps: 80, samples: 20 }),
      line({ communeCode: null, communeName: 'Phường Tây', downloadMbps: 90, samples: 50 }),
      line({ communeCode: '99999', downloadMbps: 1, samples: 1000 }),
    ], communes, villages);
    expect(f.communes.get('00001')!.fixed!.downloadMbps).toBe((6000 + 1000) / 40);
    expect(f.communes.get('00002')!.fixed!.downloadMbps).toBe(90);
    expect(f.province.fixed).toMatchObject({ downloadMbps: (6000 + 1000 + 4500) / 90, tests: 90, source: 'speed_communes' });
    expect(f.villages.size).toBe(0);
  });

  it('gives the plans\' speed indicators their value, source and a note when tests are few', () => {
    const f = speedFigures([tile(106.01, 50, 10)], [], communes, villages);
    const values = speedManualValues(f.province, '2026-06-30', () => 'tiles.csv');
    expect(values).toEqual([{ indicator: 'mobile_download_mbps', value: 50, date: '2026-06-30', source: expect.stringMatching(/tiles\.csv: test-weighted mean of 1 speed tiles, 10 tests; too few/) }]);
  });
});
