import { measureMetric } from '../core/targets/measureMetric.ts';
import type { AppStats } from '../worker/runStats.ts';

/** Fibre as the plans count it: villages reached by FTTH and households able to get it, at the threshold. */
export interface FibreHeadline {
  /** Villages reached out of the villages with fibre data; null without fibre data. */
  villages: { reached: number; total: number; pct: number } | null;
  /** Households in reached villages, percent of all households with fibre data; null without households or data. */
  householdsPct: number | null;
}

/**
 * The province's fibre figures, computed by the plan indicators' own measures (`villages_fibre_pct`,
 * `households_fibre_access_pct`), so the summary and the plan dashboard show one number each.
 */
export function fibreHeadline(stats: AppStats): FibreHeadline {
  const villages = measureMetric('villages_fibre_pct', stats.figures, null);
  const households = measureMetric('households_fibre_access_pct', stats.figures, null);
  const total = stats.figures.villages.filter((v) => v.pct.fibre !== null).length;
  return {
    villages: villages.value === null ? null : { reached: stats.stats.province.villagesCovered.fibre ?? 0, total, pct: villages.value },
    householdsPct: households.value,
  };
}
