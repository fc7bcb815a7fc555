import type { ReactNode } from 'react';
import type { IndicatorResult } from '../core/targets/evaluatePlan.ts';
import { appStore } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import { gapText } from './gapText.ts';
import { useTA } from './i18nAnalysis.ts';
import { useT } from './useT.ts';

const GAP_LIST_LENGTH = 30;

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
  const t = useTA();
  const locale = useT().numberLocale;
  const language = useApp((s) => s.language);
  const number = (v: number | null, unit: string) =>
    v === null ? '—' : `${v.toLocaleString(locale, { maximumFractionDigits: 1 })}${unit === 'percent' ? ' %' : unit ? ` ${unit}` : ''}`;
  return (
    <table className="indicators" data-testid="indicators">
      <thead>
        <tr><th>{t.indicator}</th><th className="num">{t.current}</th><th className="num">{t.target}</th><th>{t.deadline}</th><th>{t.status.met}?</th></tr>
      </thead>
      <tbody>
        {results.map((r) => {
          const gap = r.gap && r.status === 'behind' ? gapText(r.gap, t, locale, communeNames) : null;
          return (
            <tr key={r.indicator} data-indicator={r.indicator}>
              <td>
                {language === 'vi' ? r.label_vi : r.label_en}
                {r.entered && <div className="entered">{t.enteredFrom(r.entered.date, r.entered.source)}</div>}
                {gap && (
                  <div className="gap">
                    {gap.text}
                    {gap.villages.length > 0 && (
                      <ul className="gap-villages">
                        {gap.villages.slice(0, GAP_LIST_LENGTH).map((v) => (
                          <li key={v.id}>
                            <button type="button" title={t.showOnMap} onClick={() => appStore.getState().setHighlight([v.id])}>
                              {v.label}
                            </button>
                          </li>
                        ))}
                        {gap.villages.length > GAP_LIST_LENGTH && (
                          <li>
                            <button type="button" onClick={() => appStore.getState().setHighlight(gap.villages.map((v) => v.id))}>
                              {t.showOnMap} (+{gap.villages.length - GAP_LIST_LENGTH})
                            </button>
                          </li>
                        )}
                      </ul>
                    )}
                  </div>
                )}
                {r.kind === 'manual' && manualForm?.(r)}
              </td>
              <td className="num">{number(r.value, r.unit)}</td>
              <td className="num">{number(r.target, r.unit)}</td>
              <td>{r.deadline ?? '—'}</td>
              <td><span className={`status status-${r.status.replace(' ', '-')}`} data-status={r.status}>{t.status[r.status]}</span></td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
