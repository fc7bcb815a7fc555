import type { IndicatorResult, IndicatorStatus } from './evaluatePlan.ts';

/** One row of `summary.json`'s `targets` list. */
export interface SummaryTarget {
  plan: string;
  indicator: string;
  value: number | null;
  target: number | null;
  deadline: string | null;
  met: boolean | null;
  /** As the app's plan dashboard says it: met, behind, no data (nothing measured or entered), qualitative. */
  status: IndicatorStatus;
  /** For a value entered or measured outside the map (a speed from speed data): where it comes from. */
  source?: string;
}

/** The `targets` list of `summary.json`, in the results' order. Does not mutate its input. */
export function toSummaryTargets(results: readonly IndicatorResult[]): SummaryTarget[] {
  return results.map((r) => ({
    plan: r.plan, indicator: r.indicator, value: r.value, target: r.target, deadline: r.deadline, met: r.met, status: r.status,
    ...(r.entered ? { source: r.entered.source } : {}),
  }));
}
