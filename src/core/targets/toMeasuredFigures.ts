import type { Dataset } from '../model.ts';
import type { StatsResult } from '../stats/statsTypes.ts';
import { countSites } from './countSites.ts';
import type { MeasuredFigures } from './figures.ts';

/**
 * The figures a plan is evaluated on, from the stats engine's result: one record per village (coverage percent
 * 0-100 and covered flags as computed; households joined by village id from `dataset.villages`, 0 for a village
 * not found there) and the sites counted per commune. Does not mutate its input.
 */
export function toMeasuredFigures(stats: StatsResult, dataset: Dataset): MeasuredFigures {
  const households = new Map(dataset.villages.map((v) => [v.id, v.households]));
  return {
    villages: stats.villages.map((v) => ({
      id: v.id,
      name: v.name,
      communeCode: v.communeCode,
      population: v.population,
      households: households.get(v.id) ?? 0,
      pct: { ...v.pct },
      covered: { ...v.covered },
    })),
    siteCounts: countSites(stats.sites),
    thresholdPct: stats.thresholdPct,
  };
}
