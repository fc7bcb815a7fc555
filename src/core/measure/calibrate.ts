import type { Commune, MeasuredTech, Station } from '../model.ts';
import type { RadioModel } from '../radio/radioModel.ts';
import type { MeasurePoint } from './measureTypes.ts';
import { createRsrpPredictor } from './predictRsrp.ts';

/**
 * Fewest measurements with a prediction for a group's offset to be fitted: with the 6-8 dB spread of drive-test
 * residuals, 30 points put the mean within about 1.1-1.5 dB (one standard error); fewer would move the map on noise.
 */
export const MIN_POINTS_PER_GROUP = 30;

/** Why a group's offset is what it is. */
export type CalibrationStatus = 'fitted' | 'too_few_points' | 'no_station_in_range';

/** One operator and band: its measurements, the offset fitted, and the model's error before and after. */
export interface CalibrationGroup {
  operator: string;
  band: string;
  tech: MeasuredTech;
  /** Measurements of the group. */
  points: number;
  /** Those with a prediction (a station of the operator and band within range): the ones the fit uses. */
  n: number;
  /** The offset the calibrated model carries: the input model's plus the mean residual, where fitted. */
  offsetDb: number;
  /** Mean of measured minus predicted with the input model, dB; null without predictions. */
  meanResidualDb: number | null;
  /** Root mean square of the residuals with the input model, and with the calibrated one; null without predictions. */
  rmseBeforeDb: number | null;
  rmseAfterDb: number | null;
  /** Standard error of the mean residual (standard deviation over the square root of `n`); null below 2 points. */
  stdErrorDb: number | null;
  status: CalibrationStatus;
}

export interface Calibration {
  /** The input model with the fitted offsets. */
  model: RadioModel;
  groups: CalibrationGroup[];
  /** Per measurement, the input model's prediction (dBm), NaN where it has none. */
  predictedDbm: Float64Array;
  /** Per measurement, the calibrated model's prediction (dBm), NaN where it has none. */
  calibratedDbm: Float64Array;
}

/**
 * Fits the radio model to measurements: each measured RSRP against the model's prediction from the strongest
 * station of the same operator and band (`createRsrpPredictor`); per operator and band, the offset is the input
 * model's plus the mean residual (measured minus predicted: the least-squares constant correction, as the page's
 * `offset_db` is added to received power). A group with fewer than `minPoints` predicted measurements keeps its
 * input offset (0 unless the input model file gives one), and says so. Since every station of a group carries
 * the same offset, the strongest station does not change with it, and the calibrated residuals are the input's
 * less their mean. Does not mutate its inputs.
 */
export function calibrate(
  points: readonly MeasurePoint[],
  stations: readonly Station[],
  communes: readonly Commune[],
  model: RadioModel,
  options: { minPoints?: number; onProgress?: (done: number, total: number) => void } = {},
): Calibration {
  const minPoints = options.minPoints ?? MIN_POINTS_PER_GROUP;
  const predictor = createRsrpPredictor(stations, communes, model);
  const predictedDbm = new Float64Array(points.length);
  const groupOf = new Int32Array(points.length);
  const index = new Map<string, number>();
  const sums: { operator: string; band: string; tech: MeasuredTech; points: number; n: number; sum: number; sumSq: number }[] = [];
  for (let i = 0; i < points.length; i++) {
    if (options.onProgress && i % 20_000 === 0) options.onProgress(i, points.length);
    const p = points[i]!;
    const key = `${p.operator}\u0000${p.band}`;
    let g = index.get(key);
    if (g === undefined) {
      g = sums.length;
      index.set(key, g);
      sums.push({ operator: p.operator, band: p.band, tech: p.tech, points: 0, n: 0, sum: 0, sumSq: 0 });
    }
    groupOf[i] = g;
    const s = sums[g]!;
    s.points++;
    const predicted = predictor.predict(p);
    predictedDbm[i] = predicted === null ? NaN : predicted.rsrpDbm;
    if (predicted === null) continue;
    const r = p.rsrpDbm - predicted.rsrpDbm;
    s.n++;
    s.sum += r;
    s.sumSq += r * r;
  }
  options.onProgress?.(points.length, points.length);

  const calibrated: RadioModel = structuredClone(model);
  const shift = new Float64Array(sums.length);
  const groups = sums.map((s, g): CalibrationGroup => {
    const input = model.offsetDb[s.operator]?.[s.band] ?? 0;
    const mean = s.n > 0 ? s.sum / s.n : null;
    const variance = mean === null ? null : Math.max(0, s.sumSq / s.n - mean * mean);
    const status: CalibrationStatus = s.n === 0 ? 'no_station_in_range' : s.n < minPoints ? 'too_few_points' : 'fitted';
    if (status === 'fitted') {
      const offset = round2(input + mean!);
      shift[g] = offset - input;
      (calibrated.offsetDb[s.operator] ??= {})[s.band] = offset;
    }
    const after = status === 'fitted' ? variance : mean === null ? null : s.sumSq / s.n;
    return {
      operator: s.operator,
      band: s.band,
      tech: s.tech,
      points: s.points,
      n: s.n,
      offsetDb: status === 'fitted' ? round2(input + mean!) : input,
      meanResidualDb: mean,
      rmseBeforeDb: mean === null ? null : Math.sqrt(s.sumSq / s.n),
      rmseAfterDb: after === null ? null : Math.sqrt(after),
      stdErrorDb: variance === null || s.n < 2 ? null : Math.sqrt((variance * s.n) / (s.n - 1) / s.n),
      status,
    };
  });
  const calibratedDbm = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) calibratedDbm[i] = predictedDbm[i]! + shift[groupOf[i]!]!;
  groups.sort((a, b) => a.operator.localeCompare(b.operator) || a.band.localeCompare(b.band));
  return { model: calibrated, groups, predictedDbm, calibratedDbm };
}

/** Offsets are written to 0.01 dB: finer than any fit from noisy measurements can claim. */
function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
