import { MEASURED_TECHS, type CommuneType, type Environment, type MeasuredTech, type Station } from '../model.ts';
import type { PathLossModel } from './pathLoss.ts';
import { TECH_DEFAULTS, type RadioModel } from './radioModel.ts';
import type { EnvironmentLookup } from './stationEnvironment.ts';
import { bandBudgets, rangeAtGainM, stationBeamwidthDeg, stationHeightM } from './stationRanges.ts';

/**
 * How far a station reaches on one technology, and why: `'radius'` typed in the file, `'model'` from the radio
 * model (the range at boresight, the farthest of its bands), or `'coverage'` when the operator's coverage areas
 * for the technology replace its stations (no range then).
 */
export type TechReach =
  | { tech: MeasuredTech; source: 'radius'; rangeM: number }
  | { tech: MeasuredTech; source: 'coverage' }
  | {
    tech: MeasuredTech; source: 'model'; rangeM: number;
    /** Each band the range is computed on, with its path-loss formula. */
    bands: { name: string; pathLoss: PathLossModel }[];
    eirpDbm: number;
    eirpDefault: boolean;
  };

/** A station's radio parameters as the model reads them (defaults marked), and its reach per technology. */
export interface StationDetail {
  id: string;
  operator: string;
  /** The station's band list as its file gives it; null when it gives none (each technology's default band then). */
  band: string | null;
  heightM: number;
  heightDefault: boolean;
  /** Empty for an omnidirectional station. */
  azimuths: number[];
  /** Null for an omnidirectional station. */
  beamwidthDeg: number | null;
  beamwidthDefault: boolean;
  environment: Environment;
  /** The commune type the environment was taken from; null when the station names its own. */
  environmentFrom: CommuneType | null;
  reach: TechReach[];
}

/**
 * What a station's popup says of it under `model`: the parameters the model uses (its own or the defaults) and,
 * per measured technology it carries, its reach. `coverageTechs` are the technologies for which its operator's
 * coverage areas are loaded. Uses the same budgets as the shape provider, so the range shown is the one measured.
 */
export function stationDetail(
  station: Station,
  model: RadioModel,
  environmentOf: EnvironmentLookup,
  coverageTechs: readonly MeasuredTech[] = [],
): StationDetail {
  const { environment, communeType } = environmentOf(station, model);
  const sectored = station.azimuths.length > 0;
  const reach = MEASURED_TECHS.filter((tech) => station.techs.includes(tech)).map((tech): TechReach => {
    if (coverageTechs.includes(tech)) return { tech, source: 'coverage' };
    const radiusM = station.radiusM[tech];
    if (radiusM !== undefined && radiusM > 0) return { tech, source: 'radius', rangeM: radiusM };
    const budgets = bandBudgets(station, tech, model, environment);
    const own = station.eirpDbm[tech];
    return {
      tech, source: 'model', rangeM: rangeAtGainM(budgets, 0, model.maxRangeM),
      bands: budgets.map((b) => ({ name: b.band.name, pathLoss: b.model })),
      eirpDbm: own ?? TECH_DEFAULTS[tech].eirpDbm, eirpDefault: own === undefined,
    };
  });
  return {
    id: station.id,
    operator: station.operator,
    band: station.band,
    heightM: stationHeightM(station),
    heightDefault: !(station.heightM !== null && station.heightM > 0),
    azimuths: [...station.azimuths],
    beamwidthDeg: sectored ? stationBeamwidthDeg(station) : null,
    beamwidthDefault: sectored && !(station.beamwidthDeg !== null && station.beamwidthDeg > 0),
    environment,
    environmentFrom: communeType,
    reach,
  };
}
