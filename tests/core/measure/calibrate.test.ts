import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createDriveTest } from '../../../bench/driveTest.ts';
import { pagePathLoss } from '../../../bench/radioOracle.ts';
import { mulberry32 } from '../../../src/core/demo/random.ts';
import { calibrate, MIN_POINTS_PER_GROUP } from '../../../src/core/measure/calibrate.ts';
import type { MeasurePoint } from '../../../src/core/measure/measureTypes.ts';
import { createRsrpPredictor } from '../../../src/core/measure/predictRsrp.ts';
import type { Station } from '../../../src/core/model.ts';
import { DEFAULT_RADIO_MODEL, type RadioModel } from '../../../src/core/radio/radioModel.ts';

const station = (over: Partial<Station>): Station => ({
  id: 'S', operator: 'Viettel', lon: 106, lat: 21, techs: ['4G'], heightM: 30, azimuths: [], beamwidthDeg: null, band: 'B3',
  eirpDbm: {}, environment: 'rural', towerId: null, radiusM: {}, ...over,
});
const point = (lon: number, lat: number, over: Partial<MeasurePoint> = {}): MeasurePoint => ({
  lon, lat, operator: 'Viettel', tech: '4G', band: 'B3', rsrpDbm: -90, time: null, downloadMbps: null, uploadMbps: null, stationId: null, ...over,
});
/** 1 km east of (106, 21), in degrees of longitude. */
const KM_LON = 1000 / (111_195.08 * Math.cos((21 * Math.PI) / 180));
/** B3 at the 4G default: EIRP 61 dBm over 1200 resource elements. */
const EIRP_RE_B3 = 61 - 10 * Math.log10(1200);

describe('best-server prediction', () => {
  it('is the page formula at the point, from the strongest station of the same operator and band', () => {
    const near = station({ id: 'A' });
    const far = station({ id: 'B', lon: 106 + 3 * KM_LON });
    const otherOperator = station({ id: 'C', operator: 'VNPT', lon: 106 + 1.1 * KM_LON });
    const otherBand = station({ id: 'D', band: 'B8', lon: 106 + 1.1 * KM_LON });
    const predictor = createRsrpPredictor([near, far, otherOperator, otherBand], [], DEFAULT_RADIO_MODEL);
    const got = predictor.predict({ lon: 106 + KM_LON, lat: 21, operator: 'Viettel', band: 'B3' })!;
    expect(got.station.id).toBe('A');
    expect(got.rsrpDbm).toBeCloseTo(EIRP_RE_B3 - pagePathLoss(1800, 30, 1.5, 1000, 'rural'), 1);
    // Nearer to B, B wins.
    expect(predictor.predict({ lon: 106 + 2 * KM_LON, lat: 21, operator: 'Viettel', band: 'B3' })!.station.id).toBe('B');
    // No station of MobiFone, none of band n78, and nothing past max_range_m.
    expect(predictor.predict({ lon: 106 + KM_LON, lat: 21, operator: 'MobiFone', band: 'B3' })).toBeNull();
    expect(predictor.predict({ lon: 106 + KM_LON, lat: 21, operator: 'Viettel', band: 'n78' })).toBeNull();
    expect(predictor.predict({ lon: 106 + 40 * KM_LON, lat: 21, operator: 'Viettel', band: 'B3' })).toBeNull();
  });

  it('a sector facing away loses the pattern floor, a nearer station behind it may lose to a farther one facing the point', () => {
    const away = station({ id: 'away', azimuths: [270], beamwidthDeg: 65 });
    const facing = station({ id: 'facing', lon: 106 + 2 * KM_LON, azimuths: [270], beamwidthDeg: 65 });
    const predictor = createRsrpPredictor([away, facing], [], DEFAULT_RADIO_MODEL);
    const at = predictor.predict({ lon: 106 + 0.8 * KM_LON, lat: 21, operator: 'Viettel', band: 'B3' })!;
    expect(at.station.id).toBe('facing');
    expect(at.rsrpDbm).toBeCloseTo(EIRP_RE_B3 - pagePathLoss(1800, 30, 1.5, 1200, 'rural'), 1);
    const alone = createRsrpPredictor([away], [], DEFAULT_RADIO_MODEL).predict({ lon: 106 + 0.8 * KM_LON, lat: 21, operator: 'Viettel', band: 'B3' })!;
    expect(alone.rsrpDbm).toBeCloseTo(EIRP_RE_B3 - 30 - pagePathLoss(1800, 30, 1.5, 800, 'rural'), 1);
  });

  it('adds the model offset of the operator and band', () => {
    const model: RadioModel = { ...DEFAULT_RADIO_MODEL, offsetDb: { Viettel: { B3: -4.5 } } };
    const q = { lon: 106 + KM_LON, lat: 21, operator: 'Viettel', band: 'B3' };
    const base = createRsrpPredictor([station({})], [], DEFAULT_RADIO_MODEL).predict(q)!.rsrpDbm;
    expect(createRsrpPredictor([station({})], [], model).predict(q)!.rsrpDbm).toBeCloseTo(base - 4.5, 9);
  });
});

/** Stations of two operators on B3 and n78 over a 20 km square, and the groups they make. */
function smallProvince(rand: () => number): Station[] {
  return Array.from({ length: 40 }, (_, i) => station({
    id: `S${i}`, operator: i % 2 === 0 ? 'Viettel' : 'VNPT', lon: 106 + 0.2 * rand(), lat: 21 + 0.2 * rand(),
    techs: ['4G', '5G'], band: 'B3;n78', azimuths: i % 3 === 0 ? [] : [0, 120, 240], beamwidthDeg: 65, environment: i % 4 === 0 ? 'urban' : 'rural',
  }));
}
const GROUPS = [{ operator: 'Viettel', band: 'B3' }, { operator: 'Viettel', band: 'n78' }, { operator: 'VNPT', band: 'B3' }, { operator: 'VNPT', band: 'n78' }];

describe('offset fit', () => {
  it('recovers known offsets from noisy points, reports RMSE before and after, and leaves thin groups at 0', () => {
    const rand = mulberry32(3);
    const stations = smallProvince(rand);
    const truth: RadioModel = { ...DEFAULT_RADIO_MODEL, offsetDb: { Viettel: { B3: -6, n78: 3 }, VNPT: { B3: 2.5, n78: -1 } } };
    const points = createDriveTest(rand, stations, [], truth, GROUPS.slice(0, 3), 800, 6);
    points.push(...createDriveTest(rand, stations, [], truth, GROUPS.slice(3), MIN_POINTS_PER_GROUP - 1, 6));
    points.push(point(106.1, 21.1, { operator: 'MobiFone' }));
    const result = calibrate(points, stations, [], DEFAULT_RADIO_MODEL);
    const by = (operator: string, band: string) => result.groups.find((g) => g.operator === operator && g.band === band)!;
    for (const { operator, band } of GROUPS.slice(0, 3)) {
      const g = by(operator, band);
      expect(g.status).toBe('fitted');
      expect(g.n).toBe(800);
      // Within 4 standard errors (6 dB / sqrt(800) = 0.21 dB).
      expect(Math.abs(g.offsetDb - truth.offsetDb[operator]![band]!)).toBeLessThan(4 * 0.21);
      expect(g.stdErrorDb!).toBeCloseTo(6 / Math.sqrt(800), 1);
      expect(g.rmseAfterDb!).toBeCloseTo(6, 0);
      expect(g.rmseBeforeDb!).toBeGreaterThan(g.rmseAfterDb!);
      expect(result.model.offsetDb[operator]![band]).toBe(g.offsetDb);
    }
    expect(by('VNPT', 'n78')).toMatchObject({ status: 'too_few_points', n: MIN_POINTS_PER_GROUP - 1, offsetDb: 0 });
    expect(result.model.offsetDb.VNPT!.n78).toBeUndefined();
    expect(by('MobiFone', 'B3')).toMatchObject({ status: 'no_station_in_range', n: 0, points: 1, rmseBeforeDb: null });
    expect(Number.isNaN(result.predictedDbm[points.length - 1]!)).toBe(true);
  });

  it('starts from the input model offsets: calibrating a calibrated model moves nothing', () => {
    const rand = mulberry32(9);
    const stations = smallProvince(rand);
    const truth: RadioModel = { ...DEFAULT_RADIO_MODEL, offsetDb: { Viettel: { B3: -3 } } };
    const points = createDriveTest(rand, stations, [], truth, GROUPS.slice(0, 1), 400, 4);
    const once = calibrate(points, stations, [], DEFAULT_RADIO_MODEL);
    const twice = calibrate(points, stations, [], once.model);
    expect(twice.groups[0]!.offsetDb).toBeCloseTo(once.groups[0]!.offsetDb, 1);
    expect(Math.abs(twice.groups[0]!.meanResidualDb!)).toBeLessThan(0.01);
    expect(twice.groups[0]!.rmseBeforeDb!).toBeCloseTo(once.groups[0]!.rmseAfterDb!, 2);
  });

  it('recovers offsets within 4 standard errors of the noise, whatever the offsets and noise (property)', () => {
    const stations = smallProvince(mulberry32(1));
    fc.assert(
      fc.property(
        fc.double({ min: -7, max: 4, noNaN: true }), fc.double({ min: -7, max: 4, noNaN: true }), fc.double({ min: 0.5, max: 8, noNaN: true }), fc.integer({ min: 1, max: 1e9 }),
        (a, b, noise, seed) => {
          const truth: RadioModel = { ...DEFAULT_RADIO_MODEL, offsetDb: { Viettel: { B3: a }, VNPT: { n78: b } } };
          const n = 200;
          const points = createDriveTest(mulberry32(seed), stations, [], truth, [GROUPS[0]!, GROUPS[3]!], n, noise);
          const result = calibrate(points, stations, [], DEFAULT_RADIO_MODEL);
          // The 0.1 dB rounding of measurements and 0.01 dB of offsets add at most 0.06 dB.
          const bound = (4 * noise) / Math.sqrt(n) + 0.06;
          expect(Math.abs(result.model.offsetDb.Viettel!.B3! - a)).toBeLessThan(bound);
          expect(Math.abs(result.model.offsetDb.VNPT!.n78! - b)).toBeLessThan(bound);
        },
      ),
      { numRuns: 25 },
    );
  });
});
