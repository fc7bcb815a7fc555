import type { ReactNode } from 'react';
import { METRIC_FIGURE, missingFor } from '../core/dataset/availability.ts';
import type { IndicatorResult } from '../core/targets/evaluatePlan.ts';
import { MEASURED_METRICS, type MeasuredMetric } from '../core/targets/plan.ts';
import { unitText } from '../core/targets/units.ts';
import { useApp } from '../store/useApp.ts';
import { GapVillages } from './GapVillages.tsx';
import { gapText } from './gapText.ts';
import { useT } from './i18n/useT.ts';
import { NoData } from './NoData.tsx';

const isMeasured = (metric: string | null): metric is MeasuredMetric => (MEASURED_METRICS as readonly (string | null)[]).includes(metric);

/**
 * Indicators with value, target, deadline and status; under each measured one behind, its gap, with the villages
 * (grouped by commune) as buttons that outline them on the map. `communeNames` (code → name) names each village's
 * commune; without it (a commune's own view) villages go by name alone. `manualForm` renders the entry form of a
 * manual indicator.
 */
export function IndicatorTable({ results, communeNames = null, manualForm }: {
  results: readonly IndicatorResult[];
  communeNames?: ReadonlyMap<string, string> | null;
  manualForm?: (result: IndicatorResult) => ReactNode;
}) {
  const t = useT();
  const language = useApp((s) => s.language);
  const availability = useApp((s) => s.availability);
  const number = (v: number | null, unit: string) => {
    if (v === null) return '—';
    // validatePlan refuses unknown units, so the code itself never shows.
    const text = unitText(unit, language) ?? unit;
    return `${t.format.number(v, 1)}${text ? ` ${text}` : ''}`;
  };
  return (
    <table className="indicators" data-testid="indicators">
      <thead>
        <tr><th>{t.indicator}</th><th className="num">{t.current}</th><th className="num">{t.target}</th><th>{t.deadline}</th><th>{t.status.met}?</th></tr>
      </thead>
      <tbody>
        {results.map((r) => {
          const gap = r.gap && r.status === 'behind' ? gapText(r.gap, t, communeNames) : null;
          // A measured indicator without a value lacks a layer: say which file would give it.
          const needs = r.value === null && isMeasured(r.metric) && availability ? missingFor(METRIC_FIGURE[r.metric], availability) : [];
          return (
            <tr key={r.indicator} data-indicator={r.indicator}>
              <td>
                {language === 'vi' ? r.label_vi : r.label_en}
                {r.entered && <div className="entered">{t.enteredFrom(t.format.date(r.entered.date), r.entered.source)}</div>}
                {gap && (
                  <div className="gap">
                    {gap.text}
                    {gap.communes.length > 0 && <GapVillages communes={gap.communes} />}
                  </div>
                )}
                {needs.length > 0 && <div className="needs"><NoData needs={needs} /></div>}
                {r.kind === 'manual' && manualForm?.(r)}
              </td>
              <td className="num" data-label={t.current}>{number(r.value, r.unit)}</td>
              <td className="num" data-label={t.target}>{number(r.target, r.unit)}</td>
              <td data-label={t.deadline}>{r.deadline ? t.format.date(r.deadline) : '—'}</td>
              <td className="status-cell"><span className={`status status-${r.status.replace(' ', '-')}`} data-status={r.status}>{t.status[r.status]}</span></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
