import { useMemo, useState } from 'react';
import { choosePlan } from '../core/targets/choosePlan.ts';
import { evaluatePlan } from '../core/targets/evaluatePlan.ts';
import type { MeasuredFigures } from '../core/targets/figures.ts';
import { listPlans } from '../core/targets/listPlans.ts';
import { manualMetrics, type ManualValue } from '../core/targets/manualValues.ts';
import { unitText } from '../core/targets/units.ts';
import type { Province } from '../core/model.ts';
import { useApp } from '../store/useApp.ts';
import { useT } from './i18n/useT.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { addManualValue, loadManualValues } from './manualValueStorage.ts';
import { ManualValueForm } from './ManualValueForm.tsx';

const PLANS = listPlans().plans;
const MANUAL_UNITS = manualMetrics(PLANS);

/** Today as an ISO date (local time): the date indicators are evaluated on. */
export const today = (): string => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** The plans shipped with the app, newest first. */
export const shippedPlans = () => PLANS;

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
  const [planId, setPlanId] = useState(() => choosePlan(PLANS, province.code, province.name)?.id ?? PLANS[0]?.id ?? '');
  const [manual, setManual] = useState<ManualValue[]>(() => loadManualValues(localStorage, MANUAL_UNITS));
  const plan = PLANS.find((p) => p.id === planId) ?? null;
  const results = useMemo(() => (plan ? evaluatePlan(plan, figures, manual, today()) : []), [plan, figures, manual]);
  if (!plan) return <p>{t.noPlan}</p>;
  return (
    <div className="plan-dashboard">
      <label className="plan-choice">
        {t.planLabel}
        <select data-testid="plan-select" value={planId} onChange={(e) => setPlanId(e.target.value)}>
          {PLANS.map((p) => (
            <option key={p.id} value={p.id}>{p.document ? `${p.document} · ` : ''}{language === 'vi' ? p.title_vi : p.title_en}</option>
          ))}
        </select>
      </label>
      <IndicatorTable
        results={results}
        communeNames={communeNames}
        manualForm={(r) =>
          r.metric && (
            <ManualValueForm
              indicator={r.metric}
              unit={unitText(r.unit, language) ?? r.unit}
              onSave={(entry) => {
                const out = addManualValue(localStorage, manual, entry, MANUAL_UNITS);
                setManual(out.values);
                return out.problems;
              }}
            />
          )
        }
      />
    </div>
  );
}
