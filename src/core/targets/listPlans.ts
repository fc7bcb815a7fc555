import { PLAN_FILES } from '../../../data/plans/index.ts';
import type { Plan, PlanProblem } from './plan.ts';
import { validatePlan } from './validatePlan.ts';

/**
 * Every plan shipped in `data/plans/`, validated, newest first (see `planOrder`). Files that fail validation
 * are left out and their problems returned. `files` defaults to the shipped files (tests pass their own).
 */
export function listPlans(files: Record<string, unknown> = PLAN_FILES): { plans: Plan[]; problems: PlanProblem[] } {
  const plans: Plan[] = [];
  const problems: PlanProblem[] = [];
  for (const [file, json] of Object.entries(files)) {
    const result = validatePlan(json, file);
    if (result.ok) plans.push(result.plan);
    else problems.push(...result.problems);
  }
  return { plans: plans.sort(newestFirst), problems };
}

/** The plan's issue date for ordering: its ISO date, or 1 January of its year when only the year is known. */
export function issueKey(plan: Plan): string {
  return plan.date ?? `${plan.year}-01-01`;
}

/** Newest issue first; ties broken by id so the order never depends on file order. */
export function newestFirst(a: Plan, b: Plan): number {
  const ka = issueKey(a);
  const kb = issueKey(b);
  if (ka !== kb) return ka < kb ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
