import { useMemo, useState } from 'react';
import { totalSites } from '../core/targets/countSites.ts';
import { evaluateCommune } from '../core/targets/evaluatePlan.ts';
import { COVERAGE_KEYS } from '../core/stats/statsTypes.ts';
import { appStore } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import type { LoadedData } from '../worker/api.ts';
import type { AppStats } from '../worker/runStats.ts';
import { CommuneSearch } from './CommuneSearch.tsx';
import { useT } from './i18n/useT.ts';
import { IndicatorTable } from './IndicatorTable.tsx';
import { communeBounds } from './flyToCommune.ts';
import { mapLegendItems } from './mapLegendItems.ts';
import { mapPicture } from './mapSnapshot.ts';
import { mapSheetText } from './mapSheetText.ts';
import { defaultPlanId, shippedPlans, today } from './PlanDashboard.tsx';
import { Definition } from './Definition.tsx';
import { MissingData } from './MissingData.tsx';

/** The report's map in CSS px: with its legend, about the width of an A4 page at the height the report gives it. */
const REPORT_MAP = { width: 560, height: 380 };

/**
 * For commune officials: find a commune, then its indicators against the chosen plan, its villages with covered
 * shares and flags at the threshold, and its sites; printable as a one-page A4 report.
 */
export function CommuneView({ data, stats }: { data: LoadedData; stats: AppStats }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const code = useApp((s) => s.commune);
  const plans = shippedPlans();
  const chosen = useApp((s) => s.planId);
  const planId = chosen ?? defaultPlanId(data.province);
  const [snapshot, setSnapshot] = useState<string | null>(null);
  const communes = useMemo(() => data.communes.features.map((f) => f.properties), [data]);
  const commune = communes.find((c) => c.code === code) ?? null;
  const plan = plans.find((p) => p.id === planId) ?? null;
  const asOf = today();
  const results = useMemo(() => {
    const chosenPlan = plans.find((p) => p.id === planId);
    return chosenPlan && code ? evaluateCommune(chosenPlan, stats.figures, code, asOf) : [];
  }, [plans, planId, stats, code, asOf]);
  const villages = useMemo(() => stats.stats.villages.filter((v) => v.communeCode === code), [stats, code]);
  const sites = useMemo(() => {
    const inCommune = totalSites(stats.figures.siteCounts.filter((s) => s.communeCode === code));
    const perOperator = Object.entries(inCommune.perOperator).sort(([a], [b]) => (a < b ? -1 : 1));
    return { count: inCommune.sites, shared: inCommune.shared, perOperator };
  }, [stats, code]);

  const print = async () => {
    if (!commune) return;
    const state = appStore.getState();
    const province = language === 'vi' ? data.province.name : data.province.nameEn;
    const text = mapSheetText(t, state, { title: commune.name, subtitle: `${t.code} ${commune.code} · ${province}` });
    const legend = mapLegendItems(t, state.layers, state.colourBy, true);
    // The whole commune, however the map was moved before, at a size whose legend reads on paper, sharp in print.
    const frame = communeBounds(data, commune.code) ?? undefined;
    const picture = await mapPicture(text, legend, language, { ...(frame ? { frame } : {}), size: REPORT_MAP, pixelRatio: 2 });
    setSnapshot(picture?.toDataURL('image/png') ?? null);
    // Let React put the snapshot in the page before the print dialog freezes it.
    requestAnimationFrame(() => window.print());
  };
  const threshold = stats.stats.thresholdPct;

  return (
    <div className="commune-view" data-testid="commune-view">
      <CommuneSearch communes={communes} />
      {!code && <p className="muted no-print">{t.pickCommune}</p>}
      {code && !commune && <p className="problem" role="alert" data-testid="commune-unknown">{t.unknownCommune(code)}</p>}
      {commune && (
        <article className="commune-report">
          <header className="report-header">
            <p className="print-only report-title">{t.reportTitle}</p>
            <h2 data-testid="commune-name">{commune.name}</h2>
            <p className="muted">
              {t.code} {commune.code} · {language === 'vi' ? data.province.name : data.province.nameEn}
              {data.province.isDemo && <> · <strong className="demo-note">{t.demoData}</strong></>}
            </p>
            <p className="muted">{t.reportDate}: {t.format.date(asOf)}</p>
            <div className="report-actions no-print">
              <button type="button" data-testid="print-report" onClick={() => void print()}>{t.print}</button>
              <button type="button" onClick={() => appStore.getState().openCommune(null)}>{t.close}</button>
            </div>
          </header>
          {snapshot && <img className="print-only map-snapshot" src={snapshot} alt={t.mapAlt} />}
          <section>
            <h3>{t.indicatorsVsPlan}</h3>
            {plan ? (
              <label className="plan-choice">
                {t.planLabel}
                <select data-testid="commune-plan" value={planId} onChange={(e) => appStore.getState().setPlanId(e.target.value)}>
                  {plans.map((p) => (
                    <option key={p.id} value={p.id}>{p.document ? `${p.document} · ` : ''}{language === 'vi' ? p.title_vi : p.title_en}</option>
                  ))}
                </select>
              </label>
            ) : <p>{t.noPlan}</p>}
            {/* Every gap village is in this commune, named in the heading: villages go by name alone. */}
            <IndicatorTable results={results} />
          </section>
          <section>
            <h3>{t.sitesIn}</h3>
            <p data-testid="commune-sites">
              {sites.count === 0 ? t.noSites : t.sitesLine(sites.count, sites.shared)}
              {sites.perOperator.length > 0 && ` · ${t.operators}: ${sites.perOperator.map(([op, n]) => `${op} ${n}`).join(', ')}`}
            </p>
          </section>
          <section>
            <h3>{t.villagesOf(villages.length)}</h3>
            <p className="muted">{t.coveredAt(threshold)}<Definition id="threshold" /></p>
            <MissingData />
            <table data-testid="commune-villages">
              <thead>
                <tr>
                  <th>{t.village}</th>
                  <th className="num">{t.population}</th>
                  {COVERAGE_KEYS.map((key) => <th key={key} className="num">{t.pct(t.tech[key])}</th>)}
                </tr>
              </thead>
              <tbody>
                {villages.map((v) => (
                  <tr key={v.id} onClick={() => appStore.getState().setHighlight([v.id])}>
                    <td>{v.name}</td>
                    <td className="num">{t.format.number(v.population)}</td>
                    {COVERAGE_KEYS.map((key) => (
                      <td key={key} className={`num ${v.covered[key] === null ? '' : v.covered[key] ? 'covered' : 'short'}`} data-covered={String(v.covered[key])}>
                        {t.format.number(v.pct[key], 1)}{v.covered[key] === null ? '' : v.covered[key] ? ' ✓' : ' ✗'}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        </article>
      )}
    </div>
  );
}
