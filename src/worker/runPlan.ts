import type { ShapeProvider } from '../core/coverage/shapeProvider.ts';
import type { Dataset, MeasuredTech } from '../core/model.ts';
import { planSites, type PlanActionKind, type SitePlan } from '../core/siting/planSites.ts';
import { stationKey } from '../core/sites/stationKey.ts';
import type { StatsResult } from '../core/stats/statsTypes.ts';
import { evaluatePlan } from '../core/targets/evaluatePlan.ts';
import { listPlans } from '../core/targets/listPlans.ts';
import type { ManualValue } from '../core/targets/manualValues.ts';
import { toMeasuredFigures } from '../core/targets/toMeasuredFigures.ts';
import type { StationEdit, StationEditKind } from '../core/whatif/stationEdit.ts';

/** What the "Quy hoạch trạm" panel asks for. */
export interface PlanRequest {
  tech: MeasuredTech;
  /** One operator's coverage; absent for coverage by any operator. */
  operator?: string;
  colocations: number;
  newSites: number;
  thresholdPct: number;
  /** The plan whose targets are shown before and after, with the values entered by hand, on `asOf`. */
  planId: string;
  manualValues: ManualValue[];
  asOf: string;
}

export interface PlanActionView {
  rank: number;
  action: PlanActionKind;
  key: string;
  operator: string;
  lon: number;
  lat: number;
  site: string;
  peopleGained: number;
  villagesGained: number;
  coveredPctAfter: number;
}

/** One target of the chosen plan as the panel compares it before and after. */
export interface PlanTarget {
  indicator: string;
  label_vi: string;
  label_en: string;
  value: number | null;
  target: number | null;
  met: boolean | null;
}

/** A plan's answer as the panel shows it: small, plain data (no village lists). */
export interface PlanView {
  tech: MeasuredTech;
  operator: string | null;
  actions: PlanActionView[];
  /** The demand's covered share (percent) and people covered, before and after; null without data. */
  demand: { pctBefore: number | null; pctAfter: number | null; peopleBefore: number | null; peopleAfter: number | null };
  sharingPctBefore: number | null;
  sharingPctAfter: number | null;
  targetsBefore: PlanTarget[];
  targetsAfter: PlanTarget[];
}

const PLANS = listPlans().plans;

/** Runs the siting optimiser on `dataset` for the panel; keeps the plan to apply as a scenario. */
export function runPlan(dataset: Dataset, provider: ShapeProvider, request: PlanRequest, onProgress?: (done: number, total: number) => void): { plan: SitePlan; view: PlanView } {
  const plan = planSites(dataset, {
    tech: request.tech,
    colocations: request.colocations,
    newSites: request.newSites,
    thresholdPct: request.thresholdPct,
    provider,
    ...(request.operator ? { operator: request.operator } : {}),
    ...(onProgress ? { onProgress } : {}),
  });
  const targetPlan = PLANS.find((p) => p.id === request.planId) ?? null;
  const targets = (stats: StatsResult) =>
    (targetPlan ? evaluatePlan(targetPlan, toMeasuredFigures(stats, dataset), request.manualValues, request.asOf) : []).map(
      ({ indicator, label_vi, label_en, value, target, met }): PlanTarget => ({ indicator, label_vi, label_en, value, target, met }),
    );
  const people = (pct: number | null, population: number) => (pct === null ? null : (population * pct) / 100);
  const { tech } = plan;
  return {
    plan,
    view: {
      tech,
      operator: plan.operator,
      actions: plan.actions.map((a) => ({
        rank: a.rank, action: a.action, key: stationKey(a.station), operator: a.station.operator, lon: a.station.lon, lat: a.station.lat,
        site: a.site, peopleGained: a.peopleGained, villagesGained: a.villagesGained, coveredPctAfter: a.coveredPctAfter,
      })),
      demand: {
        pctBefore: plan.demandBefore.pct[tech], pctAfter: plan.demandAfter.pct[tech],
        peopleBefore: people(plan.demandBefore.pct[tech], plan.demandBefore.population),
        peopleAfter: people(plan.demandAfter.pct[tech], plan.demandAfter.population),
      },
      sharingPctBefore: plan.before.province.sharingPct,
      sharingPctAfter: plan.after.province.sharingPct,
      targetsBefore: targets(plan.before),
      targetsAfter: targets(plan.after),
    },
  };
}

/**
 * A plan's actions as what-if edits: each proposed station added where the plan puts it (a co-location on the
 * site's tower and position), listed as the action it is.
 */
export function planEdits(plan: SitePlan): Array<{ edit: StationEdit; kind: StationEditKind }> {
  return plan.actions.map((a) => ({ edit: { kind: 'add', station: a.station }, kind: a.action === 'colocate' ? 'colocate' : 'add' }));
}
