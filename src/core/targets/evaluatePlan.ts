import { deadlinePassed } from './deadline.ts';
import type { MeasuredFigures } from './figures.ts';
import type { ManualValue } from './manualValues.ts';
import { currentManualValue } from './manualValues.ts';
import type { Gap } from './measureMetric.ts';
import { measureMetric } from './measureMetric.ts';
import { MEASURED_METRICS } from './plan.ts';
import type { Comparison, Indicator, IndicatorKind, MeasuredMetric, Plan } from './plan.ts';

/** met / behind the target; no data (nothing measured or entered yet); qualitative (no numeric target). */
export type IndicatorStatus = 'met' | 'behind' | 'no data' | 'qualitative';

export interface IndicatorResult {
  plan: string;
  indicator: string;
  kind: IndicatorKind;
  metric: string | null;
  label_vi: string;
  label_en: string;
  unit: string;
  /** Measured percent, or the hand-entered value; for a qualitative indicator, the map's figure if it names one. */
  value: number | null;
  target: number | null;
  comparison: Comparison;
  deadline: string | null;
  /** The deadline is over on the evaluation date. */
  deadlinePassed: boolean;
  /** Null when there is no value or no target. */
  met: boolean | null;
  status: IndicatorStatus;
  /** For measured indicators with a value and a target: what is still to do. */
  gap: Gap | null;
  /** For manual indicators: the entry the value comes from. */
  entered: { date: string; source: string } | null;
}

/**
 * Evaluates every indicator of a plan on `asOf` (ISO date): measured ones on `figures`, manual ones from the
 * latest value entered on or before `asOf`, qualitative ones with the map's figure for reference but no status.
 * Results follow the plan's order. Does not mutate its input.
 */
export function evaluatePlan(plan: Plan, figures: MeasuredFigures, manualValues: readonly ManualValue[], asOf: string): IndicatorResult[] {
  return plan.indicators.map((ind) => evaluateIndicator(plan, ind, figures, manualValues, asOf));
}

/**
 * The plan's map-measured indicators (measured, and qualitative ones that name a map figure) for one commune's
 * villages and sites. Hand-entered values are province figures and are not shown for a commune.
 * Does not mutate its input.
 */
export function evaluateCommune(plan: Plan, figures: MeasuredFigures, communeCode: string, asOf: string): IndicatorResult[] {
  const local: MeasuredFigures = {
    villages: figures.villages.filter((v) => v.communeCode === communeCode),
    siteCounts: figures.siteCounts.filter((s) => s.communeCode === communeCode),
    thresholdPct: figures.thresholdPct,
  };
  return plan.indicators.filter((ind) => isMeasuredMetric(ind.metric)).map((ind) => evaluateIndicator(plan, ind, local, [], asOf));
}

function evaluateIndicator(plan: Plan, ind: Indicator, figures: MeasuredFigures, manualValues: readonly ManualValue[], asOf: string): IndicatorResult {
  const comparison = ind.comparison ?? 'atLeast';
  const target = ind.kind === 'qualitative' ? null : (ind.target ?? null);
  const base = {
    plan: plan.id,
    indicator: ind.id,
    kind: ind.kind,
    metric: ind.metric ?? null,
    label_vi: ind.label_vi,
    label_en: ind.label_en,
    unit: ind.unit,
    target,
    comparison,
    deadline: ind.deadline,
    deadlinePassed: deadlinePassed(ind.deadline, asOf),
  };

  if (ind.kind === 'manual') {
    const entry = ind.metric ? currentManualValue(manualValues, ind.metric, asOf) : null;
    const met = entry === null || target === null ? null : comparison === 'atLeast' ? entry.value >= target : entry.value <= target;
    return { ...base, value: entry?.value ?? null, met, status: statusOf(met), gap: null, entered: entry && { date: entry.date, source: entry.source } };
  }

  const m = isMeasuredMetric(ind.metric) ? measureMetric(ind.metric, figures, target, comparison) : null;
  const status = ind.kind === 'qualitative' ? 'qualitative' : statusOf(m?.met ?? null);
  return { ...base, value: m?.value ?? null, met: m?.met ?? null, status, gap: m?.gap ?? null, entered: null };
}

function statusOf(met: boolean | null): IndicatorStatus {
  return met === null ? 'no data' : met ? 'met' : 'behind';
}

function isMeasuredMetric(metric: string | undefined): metric is MeasuredMetric {
  return (MEASURED_METRICS as readonly (string | undefined)[]).includes(metric);
}
