import { newestFirst } from './listPlans.ts';
import type { Plan } from './plan.ts';

/** Code of the built-in demo province (see `Province.code`). */
export const DEMO_PROVINCE_CODE = 'demo';

/**
 * The plan to show by default for a loaded province: the newest plan (by issue date) whose current province has
 * this code; failing that, the newest whose current province has this name (NFC, case and surrounding spaces
 * ignored). For the demo province, which no plan covers, the newest plan of all, so the demo shows real targets.
 * Returns null when no plan fits. Does not mutate `plans`.
 */
export function choosePlan(plans: readonly Plan[], provinceCode: string, provinceName?: string): Plan | null {
  const sorted = [...plans].sort(newestFirst);
  const byCode = sorted.find((p) => p.province.code === provinceCode);
  if (byCode) return byCode;
  if (provinceName !== undefined) {
    const name = normaliseName(provinceName);
    const byName = sorted.find((p) => normaliseName(p.province.name) === name);
    if (byName) return byName;
  }
  if (provinceCode === DEMO_PROVINCE_CODE) return sorted[0] ?? null;
  return null;
}

function normaliseName(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('vi');
}
