import type { Environment, MeasuredTech, Station } from '../model.ts';
import { bandsFor, type Band } from './bands.ts';
import { eirpPerResourceElementDbm } from './linkBudget.ts';
import { pathLossCurve, pathLossModelFor, type PathLossModel } from './pathLoss.ts';
import { curveRangeM, type PathLossCurve } from './pathLossCurve.ts';
import { DEFAULT_BEAMWIDTH_DEG, DEFAULT_HEIGHT_M, TECH_DEFAULTS, totalMarginDb, type RadioModel } from './radioModel.ts';
import { PATTERN_FLOOR_DB, patternGainDb, sectorGainDb } from './sectorPattern.ts';

/** Vertices of a station's coverage polygon: one per degree of bearing, as `docs/radio-model.md` asks (at least). */
export const BEARINGS = 360;

/** One band's link budget at a station: the path loss it can afford towards the sector's boresight. */
export interface BandBudget {
  band: Band;
  model: PathLossModel;
  curve: PathLossCurve;
  /** `EIRP_RE + offset - (threshold + margin)`, dB: coverage where `PL(d) <= allowedLossDb + A(phi)`. */
  allowedLossDb: number;
}

/** The antenna height the model uses: the station's when it is positive, else the default. */
export function stationHeightM(station: Station): number {
  return station.heightM !== null && station.heightM > 0 ? station.heightM : DEFAULT_HEIGHT_M;
}

/** The sector beamwidth the model uses: the station's when it is positive, else the default. */
export function stationBeamwidthDeg(station: Station): number {
  return station.beamwidthDeg !== null && station.beamwidthDeg > 0 ? station.beamwidthDeg : DEFAULT_BEAMWIDTH_DEG;
}

/** The budget of each band the station serves `tech` on (its own bands of that technology, else the default band). */
export function bandBudgets(station: Station, tech: MeasuredTech, model: RadioModel, environment: Environment): BandBudget[] {
  const defaults = TECH_DEFAULTS[tech];
  const eirpRe = eirpPerResourceElementDbm(station.eirpDbm[tech] ?? defaults.eirpDbm, defaults.channelKHz, defaults.spacingKHz);
  const required = model.thresholdDbm[tech] + totalMarginDb(model, tech);
  const offsets = Object.hasOwn(model.offsetDb, station.operator) ? model.offsetDb[station.operator]! : {};
  const hb = stationHeightM(station);
  return bandsFor(station.band, tech, defaults.band).map((band) => ({
    band,
    model: pathLossModelFor(band.mhz, environment),
    curve: pathLossCurve(band.mhz, hb, model.rxHeightM, environment),
    allowedLossDb: eirpRe + (Object.hasOwn(offsets, band.name) ? offsets[band.name]! : 0) - required,
  }));
}

/** The range (metres) at an antenna gain of `gainDb`: the farthest of the bands, capped at `maxRangeM`. */
export function rangeAtGainM(budgets: readonly BandBudget[], gainDb: number, maxRangeM: number): number {
  let r = 0;
  for (let i = 0; i < budgets.length; i++) {
    const b = budgets[i]!;
    const range = curveRangeM(b.curve, b.allowedLossDb + gainDb);
    if (range > r) r = range;
  }
  return r < maxRangeM ? r : maxRangeM;
}

/** Range of one sector per whole degree off boresight, reused from station to station. */
const bySector = new Float64Array(181);

/**
 * `r(phi)` at bearings 0, 1, ... 359 degrees: where `EIRP_RE + A(phi) - PL(d) + offset >= threshold + margin`
 * still holds, for the best band. Solved exactly: each path-loss formula inverts in closed form. The best sector at
 * a bearing is the nearest one (the pattern falls off with the angle), so with whole-degree azimuths (as data gives
 * them) the range is read from a table by degree off boresight, filled as far as the widest gap between sectors.
 * Float32, as the engine keeps them, into `out` (of `BEARINGS` values) when given.
 */
export function rangesByBearing(
  station: Station,
  budgets: readonly BandBudget[],
  maxRangeM: number,
  out: Float32Array = new Float32Array(BEARINGS),
): Float32Array {
  const beamwidth = stationBeamwidthDeg(station);
  const { azimuths } = station;
  if (!azimuths.every(Number.isInteger)) {
    for (let k = 0; k < BEARINGS; k++) out[k] = rangeAtGainM(budgets, patternGainDb(k, azimuths, beamwidth), maxRangeM);
    return out;
  }
  const sorted = [...new Set(azimuths.map((az) => ((az % 360) + 360) % 360))].sort((a, b) => a - b);
  let widest = 0;
  sorted.forEach((a, i) => (widest = Math.max(widest, (i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 360) - a)));
  const farthest = Math.min(180, Math.floor(widest / 2));
  // Past the pattern's floor every angle has the floor's range.
  const floorOff = Math.ceil(beamwidth * Math.sqrt(PATTERN_FLOOR_DB / 12));
  for (let off = 0; off <= Math.min(farthest, floorOff); off++) bySector[off] = rangeAtGainM(budgets, sectorGainDb(off, beamwidth), maxRangeM);
  for (let off = floorOff + 1; off <= farthest; off++) bySector[off] = bySector[floorOff]!;
  // Between two neighbouring azimuths the nearest one is the closer end of the gap.
  sorted.forEach((a, i) => {
    const b = i + 1 < sorted.length ? sorted[i + 1]! : sorted[0]! + 360;
    for (let k = a; k <= b; k++) out[k % BEARINGS] = bySector[Math.min(k - a, b - k, 180)]!;
  });
  return out;
}
