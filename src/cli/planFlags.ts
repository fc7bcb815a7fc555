import { choosePlan } from '../core/targets/choosePlan.ts';
import { listPlans } from '../core/targets/listPlans.ts';
import type { Plan } from '../core/targets/plan.ts';

export const PLAN_USAGE = '[--plan ID] [--as-of YYYY-MM-DD]';

export interface PlanChoice {
  /** The plan for a province code: `--plan`'s, else the newest covering the province; null when none does. */
  planFor(provinceCode: string): Plan | null;
  /** The day the targets are evaluated on (YYYY-MM-DD). */
  asOf: string;
}

/** `--plan ID` and `--as-of YYYY-MM-DD` (default today), or a message naming what is wrong. */
export function readPlanFlags(flags: Map<string, string>): PlanChoice | { error: string } {
  const asOf = flags.get('as-of') ?? new Date().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return { error: `Expected --as-of as YYYY-MM-DD, got "${asOf}".` };
  const { plans } = listPlans();
  const planId = flags.get('plan');
  const chosen = planId === undefined ? undefined : plans.find((p) => p.id === planId);
  if (planId !== undefined && !chosen) return { error: `Unknown --plan "${planId}"; known plans: ${plans.map((p) => p.id).join(', ')}.` };
  return { asOf, planFor: (code) => chosen ?? choosePlan(plans, code) };
}
