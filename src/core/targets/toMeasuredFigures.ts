import type { Dataset } from '../model.ts';
import type { StatsResult } from '../stats/statsTypes.ts';
import type { MeasuredFigures } from './figures.ts';

/**
 * The engine's result as the plan evaluation reads it: one record per village (households from the village
 * list, matched by id; 0 where the id is missing) and one per site. Percentages stay 0-100.
 * Does not mutate its input.
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
    sites: stats.sites.map((s) => ({ id: s.id, communeCode: s.communeCode, operators: s.operators })),
    thresholdPct: stats.thresholdPct,
  };
}
