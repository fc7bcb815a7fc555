import { radiusShapes, type ShapeProvider } from '../coverage/shapeProvider.ts';
import type { Commune } from '../model.ts';
import type { RadioModel } from './radioModel.ts';
import { createEnvironmentLookup, type EnvironmentLookup } from './stationEnvironment.ts';
import { BEARINGS, bandBudgets, rangeAtGainM, rangesByBearing } from './stationRanges.ts';

/**
 * The coverage of each station and technology: the typed radius where the station has one (a disc, or its
 * sectors), otherwise the radio model's region `r(phi)`: a disc for an omnidirectional station (its range is the
 * same on every bearing), else a polygon with a vertex every degree, its ranges in one buffer reused from call to
 * call (see `ShapeSpec`). `communes` give stations without an environment theirs; a caller making providers for
 * several models of one data set passes one `environmentOf` to them all, so each station's commune is found once.
 * Does not mutate its input.
 */
export function createRadioShapeProvider(
  model: RadioModel,
  communes: readonly Commune[],
  environmentOf: EnvironmentLookup = createEnvironmentLookup(communes),
): ShapeProvider {
  const ranges = new Float32Array(BEARINGS);
  return (station, tech) => {
    if (!station.techs.includes(tech)) return [];
    const radiusM = station.radiusM[tech];
    if (radiusM !== undefined && radiusM > 0) return radiusShapes(station, radiusM);
    const budgets = bandBudgets(station, tech, model, environmentOf(station, model).environment);
    if (station.azimuths.length === 0) {
      const r = rangeAtGainM(budgets, 0, model.maxRangeM);
      return r > 0 ? [{ kind: 'disc', radiusM: r }] : [];
    }
    const rangeM = rangesByBearing(station, budgets, model.maxRangeM, ranges);
    const first = rangeM[0]!;
    return rangeM.every((r) => r === first) ? (first > 0 ? [{ kind: 'disc', radiusM: first }] : []) : [{ kind: 'polar', rangeM }];
  };
}
