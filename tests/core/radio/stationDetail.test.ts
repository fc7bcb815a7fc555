import { describe, expect, it } from 'vitest';
import { DEFAULT_RADIO_MODEL } from '../../../src/core/radio/radioModel.ts';
import { stationDetail } from '../../../src/core/radio/stationDetail.ts';
import { createEnvironmentLookup } from '../../../src/core/radio/stationEnvironment.ts';
import { createCommune, createSquare, createStation } from '../../helpers/createData.ts';

/** A phường around the origin: a station there without its own environment is urban by default. */
const PHUONG = { ...createCommune('07210', createSquare(0, 0, 4000)), type: 'phuong' as const };
const environmentOf = createEnvironmentLookup([PHUONG]);

describe('a station as its popup describes it', () => {
  it('gives the model\'s range at boresight, its bands and formulas, and marks the defaults it took', () => {
    const station = createStation('A', 'Viettel', 0, 0, {}, { techs: ['2G', '4G', '5G'], band: 'B8;B3;n78', heightM: 30, azimuths: [0, 120, 240] });
    const detail = stationDetail(station, DEFAULT_RADIO_MODEL, environmentOf);
    expect(detail).toMatchObject({
      heightM: 30, heightDefault: false, azimuths: [0, 120, 240], beamwidthDeg: 65, beamwidthDefault: true,
      environment: 'urban', environmentFrom: 'phuong',
    });
    // 2G is not measured: only 4G and 5G have a reach.
    expect(detail.reach.map((r) => r.tech)).toEqual(['4G', '5G']);
    const [lte, nr] = detail.reach;
    expect(lte).toMatchObject({
      source: 'model', eirpDbm: 61, eirpDefault: true,
      bands: [{ name: 'B8', pathLoss: 'okumura_hata' }, { name: 'B3', pathLoss: 'cost231_hata' }],
    });
    expect(nr).toMatchObject({ source: 'model', bands: [{ name: 'n78', pathLoss: 'tr38901_uma_nlos' }] });
    // B3 alone from 30 m in a town reaches 937 m (worked by hand in radioShapeProvider.test.ts); B8 reaches farther.
    const b3Only = stationDetail({ ...station, band: 'B3' }, DEFAULT_RADIO_MODEL, environmentOf).reach[0]!;
    expect(b3Only.source === 'model' && b3Only.rangeM).toBeCloseTo(937.4, 0);
    expect(lte?.source === 'model' && lte.rangeM).toBeGreaterThan(937.4);
  });

  it('shrinks with a stricter 4G threshold and leaves 5G as it was', () => {
    const station = createStation('A', 'VNPT', 0, 0, {}, { techs: ['4G', '5G'], environment: 'rural' });
    const strict = { ...DEFAULT_RADIO_MODEL, thresholdDbm: { ...DEFAULT_RADIO_MODEL.thresholdDbm, '4G': -95 } };
    const before = stationDetail(station, DEFAULT_RADIO_MODEL, environmentOf).reach;
    const after = stationDetail(station, strict, environmentOf).reach;
    const range = (r: (typeof before)[number]) => ('rangeM' in r ? r.rangeM : NaN);
    expect(range(after[0]!)).toBeLessThan(range(before[0]!));
    expect(range(after[1]!)).toBe(range(before[1]!));
    expect(stationDetail(station, strict, environmentOf).environmentFrom).toBeNull();
  });

  it('keeps a typed radius and says when coverage areas replace the station', () => {
    const station = createStation('A', 'MobiFone', 0, 0, { '4G': 1500 }, { techs: ['4G', '5G'] });
    const detail = stationDetail(station, DEFAULT_RADIO_MODEL, environmentOf, ['5G']);
    expect(detail.reach).toEqual([{ tech: '4G', source: 'radius', rangeM: 1500 }, { tech: '5G', source: 'coverage' }]);
    expect(detail).toMatchObject({ heightM: 30, heightDefault: true, azimuths: [], beamwidthDeg: null, beamwidthDefault: false });
  });
});
