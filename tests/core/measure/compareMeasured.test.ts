import { describe, expect, it } from 'vitest';
import { compareMeasured } from '../../../src/core/measure/compareMeasured.ts';
import type { MeasurePoint } from '../../../src/core/measure/measureTypes.ts';
import { wilsonInterval } from '../../../src/core/measure/wilson.ts';
import type { Polygon } from 'geojson';
import type { Commune, Village } from '../../../src/core/model.ts';
import { DEFAULT_RADIO_MODEL, type RadioModel } from '../../../src/core/radio/radioModel.ts';

const square = (w: number, s: number, size: number): Polygon => ({
  type: 'Polygon', coordinates: [[[w, s], [w + size, s], [w + size, s + size], [w, s + size], [w, s]]],
});
const village = (id: string, w: number): Village => ({ id, name: id, communeCode: '00001', population: 100, households: 30, fibre: false, geometry: square(w, 21, 0.01) });
const commune: Commune = { code: '00001', name: 'Xã Một', type: 'xa', geometry: square(106, 21, 0.03) };
const at = (lon: number, rsrpDbm: number, tech: MeasurePoint['tech'] = '4G'): MeasurePoint => ({
  lon, lat: 21.005, operator: 'Viettel', tech, band: tech === '4G' ? 'B3' : 'n78', rsrpDbm, time: null, downloadMbps: null, uploadMbps: null, stationId: null,
});

describe('Wilson interval', () => {
  it('matches the published values and stays within [0, 1]', () => {
    const eight = wilsonInterval(8, 10)!;
    expect(eight.low).toBeCloseTo(0.4902, 4);
    expect(eight.high).toBeCloseTo(0.9433, 4);
    expect(wilsonInterval(0, 10)!.low).toBe(0);
    expect(wilsonInterval(0, 10)!.high).toBeCloseTo(0.2775, 4);
    expect(wilsonInterval(10, 10)!.high).toBeCloseTo(1, 12);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe('predicted against measured', () => {
  it('counts agreement and both disagreements per village and commune, against the map threshold', () => {
    // 4G: measured covered from -105 dBm; the model's coverage from -105 + 10.25 (90 % cell-edge reliability).
    const model: RadioModel = { ...DEFAULT_RADIO_MODEL, cellEdgeReliabilityPct: 90 };
    const points = [
      at(106.002, -90), // both covered
      at(106.004, -110), // neither
      at(106.006, -100), // measured covered, predicted -100 is under -94.75: not
      at(106.008, -110), // predicted covered, measured not
      at(106.012, -80, '5G'), // second village
      at(106.025, -80), // in the commune, in no village
      at(107, -80), // in neither
    ];
    const predicted = Float64Array.from([-90, -120, -100, -90, NaN, -80, -80]);
    const r = compareMeasured(points, predicted, model, [village('A', 106), village('B', 106.01)], [commune]);
    expect(r.villages[0]!.agreement).toMatchObject({ points: 4, agree: 2, predictedNotMeasured: 1, measuredNotPredicted: 1, agreePct: 50 });
    expect(r.villages[0]!.agreement.meanResidualDb).toBeCloseTo((0 + 10 + 0 - 20) / 4, 9);
    // No station in range is no coverage in the model: a covered measurement disagrees; no residual to average.
    expect(r.villages[1]!.agreement).toMatchObject({ points: 1, agree: 0, measuredNotPredicted: 1, meanResidualDb: null });
    expect(r.communes[0]!.agreement).toMatchObject({ points: 6, agree: 3 });
    expect(r.province.points).toBe(7);
    const ci = wilsonInterval(2, 4)!;
    expect(r.villages[0]!.agreement.agreeLowPct).toBeCloseTo(100 * ci.low, 9);
    expect(r.villages[0]!.agreement.agreeHighPct).toBeCloseTo(100 * ci.high, 9);
  });

  it('says no data, not 0, where a village has no measurement', () => {
    const r = compareMeasured([], new Float64Array(0), DEFAULT_RADIO_MODEL, [village('A', 106)], [commune]);
    expect(r.villages[0]!.agreement).toMatchObject({ points: 0, agreePct: null, agreeLowPct: null, meanResidualDb: null });
  });
});
