import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Environment, Station } from '../../../src/core/model.ts';
import { pathLossCurve } from '../../../src/core/radio/pathLoss.ts';
import { curveLossDb } from '../../../src/core/radio/pathLossCurve.ts';
import { DEFAULT_RADIO_MODEL, type RadioModel } from '../../../src/core/radio/radioModel.ts';
import { createRadioShapeProvider } from '../../../src/core/radio/radioShapeProvider.ts';
import { patternGainDb } from '../../../src/core/radio/sectorPattern.ts';
import { bandBudgets, rangeAtGainM, rangesByBearing } from '../../../src/core/radio/stationRanges.ts';
import { createCommune, createSquare, createStation } from '../../helpers/createData.ts';

const environments = fc.constantFrom<Environment>('dense_urban', 'urban', 'suburban', 'rural');

function modelStation(extra: Partial<Station> = {}): Station {
  return createStation('s', 'Viettel', 0, 0, {}, { techs: ['4G', '5G', '6G'], heightM: 30, environment: 'urban', ...extra });
}

/** Range at boresight of a station for `tech` under `model`. */
function boresightM(station: Station, tech: '4G' | '5G' | '6G', model: RadioModel = DEFAULT_RADIO_MODEL): number {
  return rangeAtGainM(bandBudgets(station, tech, model, station.environment!), 0, model.maxRangeM);
}

describe('the radio model range', () => {
  it('gives 4G on B3 from 30 m with 61 dBm 937 m in a town and 5.45 km in the country (worked by hand)', () => {
    // EIRP_RE 30.208 dBm, threshold -105 dBm: allowed loss 135.208 dB. COST-231 urban at 1 km is 136.197 dB with
    // 35.225 dB per decade: 10^((135.208 - 136.197) / 35.225) km = 0.937 km; rural 109.273 dB at 1 km: 5.448 km.
    expect(boresightM(modelStation(), '4G')).toBeCloseTo(937.4, 0);
    expect(boresightM(modelStation({ environment: 'rural' }), '4G')).toBeCloseTo(5448.3, 0);
    // 5G n78: 75 dBm, 3000 REs, -110 dBm: 150.229 dB; UMa: d3 = 10^((150.229 - 24.421) / 39.08) = 1656.6 m.
    expect(boresightM(modelStation(), '5G')).toBeCloseTo(Math.sqrt(1656.64 ** 2 - 28.5 ** 2), 0);
  });

  it('grows with EIRP, shrinks with the threshold and the margin, in every environment and band', () => {
    const band = fc.constantFrom('B1', 'B3', 'B8', 'B28', 'B40', 'B41');
    fc.assert(
      fc.property(environments, band, fc.double({ min: 40, max: 70, noNaN: true }), fc.double({ min: 0.1, max: 10, noNaN: true }), (env, b, eirp, step) => {
        const low = modelStation({ environment: env, band: b, eirpDbm: { '4G': eirp } });
        const high = { ...low, eirpDbm: { '4G': eirp + step } };
        expect(boresightM(high, '4G')).toBeGreaterThanOrEqual(boresightM(low, '4G'));
        const strict = { ...DEFAULT_RADIO_MODEL, thresholdDbm: { ...DEFAULT_RADIO_MODEL.thresholdDbm, '4G': -105 + step } };
        expect(boresightM(low, '4G', strict)).toBeLessThanOrEqual(boresightM(low, '4G'));
        const margin = { ...DEFAULT_RADIO_MODEL, cellEdgeReliabilityPct: 90 };
        expect(boresightM(low, '4G', margin)).toBeLessThan(boresightM(low, '4G'));
      }),
    );
  });

  it('grows with antenna height under Hata, COST-231 and RMa', () => {
    fc.assert(
      fc.property(fc.constantFrom(['B8', 'urban'], ['B3', 'suburban'], ['B41', 'dense_urban'], ['B1', 'rural'], ['n78', 'rural'], ['fr3', 'rural']), fc.double({ min: 10, max: 60, noNaN: true }), fc.double({ min: 1, max: 30, noNaN: true }), ([b, env], h, dh) => {
        const tech = b === 'fr3' ? '6G' : b.startsWith('n') ? '5G' : '4G';
        const low = modelStation({ environment: env as Environment, band: b, heightM: h });
        expect(boresightM({ ...low, heightM: h + dh }, tech)).toBeGreaterThan(boresightM(low, tech));
      }),
    );
  });

  it('under UMa NLOS (above 2.7 GHz, not rural) depends on height only through the 3D distance: a taller mast reaches a little less far', () => {
    const low = modelStation({ heightM: 20 });
    const high = modelStation({ heightM: 45 });
    const d3 = (s: Station) => Math.hypot(boresightM(s, '5G'), s.heightM! - 1.5);
    expect(d3(high)).toBeCloseTo(d3(low), 6);
    expect(boresightM(high, '5G')).toBeLessThan(boresightM(low, '5G'));
  });

  it('shrinks with frequency within each formula', () => {
    fc.assert(
      fc.property(environments, fc.constantFrom<[number, number]>([150, 1499], [1500, 2700], [2701, 40000]), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (env, [lo, hi], a, b) => {
        const [f1, f2] = [lo + Math.min(a, b) * (hi - lo), lo + Math.max(a, b) * (hi - lo)];
        const at = (f: number) => curveLossDb(pathLossCurve(f, 30, 1.5, env), 800);
        expect(at(f2)).toBeGreaterThanOrEqual(at(f1) - 1e-9);
      }),
    );
  });

  it('is capped at max_range_m', () => {
    const model = { ...DEFAULT_RADIO_MODEL, maxRangeM: 3000 };
    expect(boresightM(modelStation({ environment: 'rural', heightM: 45 }), '4G', model)).toBe(3000);
  });
});

describe('createRadioShapeProvider', () => {
  const provider = createRadioShapeProvider(DEFAULT_RADIO_MODEL, []);

  it('gives an omnidirectional station a disc of its range, and a station with a radius its radius', () => {
    fc.assert(
      fc.property(environments, fc.double({ min: 5, max: 80, noNaN: true }), fc.constantFrom('4G', '5G', '6G') as fc.Arbitrary<'4G' | '5G' | '6G'>, (env, h, tech) => {
        const s = modelStation({ environment: env, heightM: h });
        const shapes = provider(s, tech);
        expect(shapes).toEqual([{ kind: 'disc', radiusM: boresightM(s, tech) }]);
      }),
    );
    const typed = modelStation({ radiusM: { '4G': 1234 }, azimuths: [0, 120], beamwidthDeg: 90 });
    expect(provider(typed, '4G')).toEqual([
      { kind: 'sector', radiusM: 1234, azimuthDeg: 0, beamwidthDeg: 90 },
      { kind: 'sector', radiusM: 1234, azimuthDeg: 120, beamwidthDeg: 90 },
    ]);
    expect(provider(typed, '5G')[0]!.kind).toBe('polar');
    expect(provider(modelStation({ techs: ['4G'] }), '5G')).toEqual([]);
  });

  it('gives a sectored station a region symmetric about each azimuth, a vertex every degree', () => {
    fc.assert(
      fc.property(environments, fc.integer({ min: 0, max: 359 }), fc.double({ min: 30, max: 120, noNaN: true }), fc.double({ min: 0, max: 180, noNaN: true }), (env, az, bw, t) => {
        const s = modelStation({ environment: env, azimuths: [az], beamwidthDeg: bw });
        const [shape] = provider(s, '4G');
        if (shape?.kind !== 'polar') throw new Error('expected a polygon');
        expect(shape.rangeM).toHaveLength(360);
        const k = Math.floor(t);
        expect(shape.rangeM[(az + k) % 360]).toBeCloseTo(shape.rangeM[(az - k + 360) % 360]!, 9);
        // The model itself, between vertices: r(az + t) = r(az - t).
        const budgets = bandBudgets(s, '4G', DEFAULT_RADIO_MODEL, env);
        const r = (phi: number) => rangeAtGainM(budgets, patternGainDb(phi, [az], bw), DEFAULT_RADIO_MODEL.maxRangeM);
        expect(r(az + t)).toBeCloseTo(r(az - t), 9);
        expect(Math.max(...Array.from(shape.rangeM))).toBe(shape.rangeM[az]);
      }),
    );
  });

  it('unions the bands of the technology (per bearing, the farthest) and ignores bands of other technologies', () => {
    const both = modelStation({ band: 'B3;B8;n78', azimuths: [90], beamwidthDeg: 65 });
    const ranges = (band: string) => rangesByBearing({ ...both, band }, bandBudgets({ ...both, band }, '4G', DEFAULT_RADIO_MODEL, 'urban'), 30_000);
    const union = ranges('B3;B8;n78');
    const b3 = ranges('B3');
    const b8 = ranges('B8');
    union.forEach((r, k) => expect(r).toBe(Math.max(b3[k]!, b8[k]!)));
    expect(b8[90]).toBeGreaterThan(b3[90]!);
    // n78 is 5G: a 4G station whose only band is 5G's gets the 4G default band (B3).
    expect(ranges('n78')).toEqual(b3);
  });

  it('takes the environment from the commune type unless the station gives one', () => {
    const communes = [{ ...createCommune('P', createSquare(0, 0, 4000)), type: 'phuong' as const }, createCommune('X', createSquare(10_000, 0, 4000))];
    const byType = createRadioShapeProvider(DEFAULT_RADIO_MODEL, communes);
    const inWard = createStation('w', 'VNPT', 0, 0, { '4G': 0 }, { radiusM: {} });
    const inCommune = createStation('c', 'VNPT', 10_000, 0, { '4G': 0 }, { radiusM: {} });
    const outside = createStation('o', 'VNPT', 50_000, 0, { '4G': 0 }, { radiusM: {} });
    const radius = (s: Station, p = byType) => (p(s, '4G')[0] as { radiusM: number }).radiusM;
    expect(radius(inWard)).toBeCloseTo(boresightM({ ...inWard, environment: 'urban' }, '4G'), 6);
    expect(radius(inCommune)).toBeCloseTo(boresightM({ ...inCommune, environment: 'rural' }, '4G'), 6);
    expect(radius(outside)).toBe(radius(inCommune));
    expect(radius({ ...inWard, environment: 'suburban' })).toBeCloseTo(boresightM({ ...inWard, environment: 'suburban' }, '4G'), 6);
    const allUrban = createRadioShapeProvider({ ...DEFAULT_RADIO_MODEL, environmentByCommuneType: { phuong: 'dense_urban', xa: 'urban', dac_khu: 'urban' } }, communes);
    expect(radius(inCommune, allUrban)).toBe(radius(inWard));
  });

  it('adds the offset of the operator and band to the received power', () => {
    const s = modelStation({ band: 'B3' });
    const model = { ...DEFAULT_RADIO_MODEL, offsetDb: { Viettel: { B3: -4.5 } } };
    // -4.5 dB is the same as a threshold 4.5 dB higher.
    const stricter = { ...DEFAULT_RADIO_MODEL, thresholdDbm: { ...DEFAULT_RADIO_MODEL.thresholdDbm, '4G': -100.5 } };
    expect(boresightM(s, '4G', model)).toBeCloseTo(boresightM(s, '4G', stricter), 9);
    expect(boresightM({ ...s, operator: 'VNPT' }, '4G', model)).toBe(boresightM(s, '4G'));
  });
});

describe('rangesByBearing', () => {
  it('gives whole-degree azimuths, read from a table per degree off boresight, the same ranges as the pattern bearing by bearing', () => {
    fc.assert(
      fc.property(environments, fc.array(fc.integer({ min: -360, max: 720 }), { minLength: 1, maxLength: 4 }), fc.double({ min: 20, max: 200, noNaN: true }), (env, azimuths, bw) => {
        const s = modelStation({ environment: env, azimuths, beamwidthDeg: bw, band: 'B3;B8' });
        const budgets = bandBudgets(s, '4G', DEFAULT_RADIO_MODEL, env);
        const got = rangesByBearing(s, budgets, 30_000);
        got.forEach((r, k) => expect(r).toBe(Math.fround(rangeAtGainM(budgets, patternGainDb(k, azimuths, bw), 30_000))));
      }),
      { numRuns: 50 },
    );
  });
});
