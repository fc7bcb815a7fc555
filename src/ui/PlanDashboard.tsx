import { useMemo } from 'react';
import { choosePlan } from '../core/targets/choosePlan.ts';
import { evaluatePlan } from '../core/targets/evaluatePlan.ts';
import type { MeasuredFigures } from '../core/targets/figures.ts';
import { listPlans } from '../core/targets/listPlans.ts';
import { unitText } from '../core/targets/units.ts';
import type { Province } from '../core/model.ts';
import { appStore } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import { browserStorage, MANUAL_UNITS, manualStorageKey, NO_STORAGE, viewKeyOf } from './data/viewSettings.ts';
import { useT } from './i18n/useT.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { addManualValue } from './manualValueStorage.ts';
import { ManualValueForm } from './ManualValueForm.tsx';

const PLANS = listPlans().plans;

/** Today as an ISO date (local time): the date indicators are evaluated on. */
export const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The plans shipped with the app, newest first. */
export const shippedPlans = () => PLANS;

/** The plan shown for a province until one is chosen: the newest for its commune codes (the demo: the newest of all). */
export function defaultPlanId(province: Province): string {
  return choosePlan(PLANS, province.code, province.name)?.id ?? '';
}

/**
 * Every indicator of the chosen plan (default: the plan for the loaded province) against the map's figures; gap
 * villages are named with their commune (`communeNames`: code → name).
 */
export function PlanDashboard({ figures, province, communeNames }: {
  figures: MeasuredFigures;
  province: Province;
  communeNames: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const language = useApp((s) => s.language);
  const chosen = useApp((s) => s.planId);
  const manual = useApp((s) => s.manualValues);
  const dataset = useApp((s) => s.dataset);
  const planId = chosen ?? defaultPlanId(province);
  const plan = PLANS.find((p) => p.id === planId) ?? null;
  const results = useMemo(() => (plan ? evaluatePlan(plan, figures, manual, today()) : []), [plan, figures, manual]);
  const key = dataset ? manualStorageKey(viewKeyOf(dataset)) : null;
  return (
    <div className="plan-dashboard">
      <label className="plan-choice">
        {t.planLabel}
        <select data-testid="plan-select" value={planId} onChange={(e) => appStore.getState().setPlanId(e.target.value)}>
          {!plan && <option value="">{t.noPlan}</option>}
          {PLANS.map((p) => (
            <option key={p.id} value={p.id}>{p.document ? `${p.document} · ` : ''}{language === 'vi' ? p.title_vi : p.title_en}</option>
          ))}
        </select>
      </label>
      {!plan && <p data-testid="no-plan">{t.noPlan}</p>}
      <IndicatorTable
        results={results}
        communeNames={communeNames}
        manualForm={(r) =>
          r.metric && (
            <ManualValueForm
              indicator={r.metric}
              unit={unitText(r.unit, language) ?? r.unit}
              onSave={(entry) => {
                const out = addManualValue(key ? browserStorage() : NO_STORAGE, manual, entry, MANUAL_UNITS, key ?? undefined);
                appStore.getState().setManualValues(out.values);
                return out.problems;
              }}
            />
          )
        }
      />
    </div>
  );
}
