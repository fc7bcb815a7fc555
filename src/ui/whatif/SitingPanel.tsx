import { useState } from 'react';
import { numberFormat } from '../../core/format/numberFormat.ts';
import { MEASURED_TECHS, type MeasuredTech, type Province } from '../../core/model.ts';
import type { PlanTarget } from '../../worker/api.ts';
import { useApp } from '../../store/useApp.ts';
import { appStore } from '../../store/appStore.ts';
import { download } from '../import/download.ts';
import { planFilesInWorker, planInWorker } from '../loadData.ts';
import { defaultPlanId, today } from '../PlanDashboard.tsx';
import { applyPlan } from './whatIfActions.ts';
import { useWhatIf, whatIfStore } from './whatIfState.ts';
import './whatif.css';

const STRINGS = {
  vi: {
    intro: 'Đề xuất nơi đặt trạm: đặt chung trên trạm sẵn có trước (rẻ nhất, tăng tỷ lệ dùng chung), rồi vị trí mới, chọn theo số dân được phủ thêm.',
    tech: 'Công nghệ', operator: 'Nhà mạng', all: 'Tất cả (phủ bởi bất kỳ nhà mạng nào)', colocations: 'Số trạm đặt chung', newSites: 'Số vị trí mới',
    run: 'Tính đề xuất', running: (p: string) => `Đang tính… ${p}`, apply: 'Áp dụng thành phương án', export: 'Xuất kết quả (plan.csv)',
    exportStations: 'Xuất trạm sau quy hoạch (CSV)',
    action: { colocate: 'Đặt chung', new_site: 'Vị trí mới' }, people: 'dân', villages: 'thôn', after: 'sau',
    demand: (tech: string, who: string) => `Phủ ${tech} ${who}`, anyOperator: 'bởi bất kỳ nhà mạng nào', by: (o: string) => `của ${o}`,
    sharing: 'Tỷ lệ dùng chung', before: 'Trước', afterCol: 'Sau', indicator: 'Chỉ tiêu', target: 'Mục tiêu', none: 'Không tìm được hành động nào có lợi.',
    applied: 'Đã áp dụng: xem tab Thử phương án.',
  },
  en: {
    intro: 'Where stations should go: co-locations on existing sites first (cheapest, raises sharing), then new sites, chosen by the people they newly cover.',
    tech: 'Technology', operator: 'Operator', all: 'All (coverage by any operator)', colocations: 'Co-locations', newSites: 'New sites',
    run: 'Propose', running: (p: string) => `Computing… ${p}`, apply: 'Apply as a scenario', export: 'Export the result (plan.csv)',
    exportStations: 'Export the stations after (CSV)',
    action: { colocate: 'Co-locate', new_site: 'New site' }, people: 'people', villages: 'villages', after: 'after',
    demand: (tech: string, who: string) => `${tech} coverage ${who}`, anyOperator: 'by any operator', by: (o: string) => `of ${o}`,
    sharing: 'Site sharing', before: 'Before', afterCol: 'After', indicator: 'Indicator', target: 'Target', none: 'No action gains anything.',
    applied: 'Applied: see the What-if tab.',
  },
};

/** The "Quy hoạch trạm" (siting) panel: asks the worker's optimiser, lists its actions and applies them as a scenario. */
export function SitingPanel({ province }: { province: Province }) {
  const language = useApp((s) => s.language);
  const t = STRINGS[language];
  const format = numberFormat(language);
  const { plan, planProgress, operators, busy } = useWhatIf((s) => s);
  const [tech, setTech] = useState<MeasuredTech>('4G');
  const [operator, setOperator] = useState('');
  const [colocations, setColocations] = useState(5);
  const [newSites, setNewSites] = useState(3);
  const [error, setError] = useState<string | null>(null);
  const [applied, setApplied] = useState(false);
  const running = planProgress !== null;

  const run = () => {
    const store = whatIfStore.getState();
    const { thresholdPct, planId, manualValues } = appStore.getState();
    setError(null);
    setApplied(false);
    store.setPlanProgress(0);
    planInWorker(
      { tech, ...(operator ? { operator } : {}), colocations, newSites, thresholdPct, planId: planId ?? defaultPlanId(province), manualValues, asOf: today() },
      (done, total) => whatIfStore.getState().setPlanProgress(total > 0 ? done / total : 1),
    ).then(
      (view) => store.setPlan(view),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    ).finally(() => store.setPlanProgress(null));
  };
  const save = async (which: 'actions' | 'stations') => {
    const files = await planFilesInWorker();
    if (files) download(files[which], which === 'actions' ? 'plan.csv' : 'stations_after.csv', 'text/csv;charset=utf-8');
  };
  const count = (value: string) => Math.max(0, Math.min(500, Math.floor(Number(value) || 0)));
  const who = plan ? (plan.operator ? t.by(plan.operator) : t.anyOperator) : '';
  return (
    <div className="siting" data-testid="siting-panel">
      <p className="muted">{t.intro}</p>
      <fieldset className="siting-form" disabled={running}>
        <label>{t.tech}
          <select value={tech} data-testid="siting-tech" onChange={(e) => setTech(e.target.value as MeasuredTech)}>
            {MEASURED_TECHS.map((x) => <option key={x} value={x}>{x}</option>)}
          </select>
        </label>
        <label>{t.operator}
          <select value={operator} data-testid="siting-operator" onChange={(e) => setOperator(e.target.value)}>
            <option value="">{t.all}</option>
            {operators.map((o) => <option key={o} value={o}>{o}</option>)}
          </select>
        </label>
        <label>{t.colocations}
          <input type="number" min={0} max={500} value={colocations} data-testid="siting-colocations" onChange={(e) => setColocations(count(e.target.value))} />
        </label>
        <label>{t.newSites}
          <input type="number" min={0} max={500} value={newSites} data-testid="siting-new-sites" onChange={(e) => setNewSites(count(e.target.value))} />
        </label>
      </fieldset>
      <button type="button" className="primary" disabled={running || colocations + newSites === 0} data-testid="siting-run" onClick={run}>
        {running ? t.running(format.percent(100 * planProgress, 0)) : t.run}
      </button>
      {running && <progress value={planProgress} max={1} />}
      {error && <p className="error" role="alert">{error}</p>}
      {plan && !running && (
        <div data-testid="siting-result" data-actions={plan.actions.length}>
          <p data-testid="siting-demand">
            {t.demand(plan.tech, who)}: {format.percent(plan.demand.pctBefore, 2)} → {format.percent(plan.demand.pctAfter, 2)}
            {' '}({signed(format.number((plan.demand.peopleAfter ?? 0) - (plan.demand.peopleBefore ?? 0)))} {t.people}); {t.sharing} {format.percent(plan.sharingPctBefore, 2)} → {format.percent(plan.sharingPctAfter, 2)}
          </p>
          {plan.actions.length === 0 ? <p>{t.none}</p> : (
            <ol className="siting-actions" data-testid="siting-actions">
              {plan.actions.map((a) => (
                <li key={a.rank} data-action={a.action}>
                  <strong>{t.action[a.action]}</strong> {a.operator} · {a.action === 'colocate' ? a.site : `${format.number(a.lat, 4)}, ${format.number(a.lon, 4)}`}
                  <br />
                  <span className="muted">+{format.number(a.peopleGained)} {t.people}, {signed(format.number(a.villagesGained))} {t.villages}; {t.after} {format.percent(a.coveredPctAfter, 2)}</span>
                </li>
              ))}
            </ol>
          )}
          <div className="whatif-buttons">
            <button type="button" className="primary" disabled={busy || applied || plan.actions.length === 0} data-testid="siting-apply"
              onClick={() => void applyPlan().then(() => setApplied(!whatIfStore.getState().error))}>{t.apply}</button>
            <button type="button" data-testid="siting-export" onClick={() => void save('actions')}>{t.export}</button>
            <button type="button" data-testid="siting-export-stations" onClick={() => void save('stations')}>{t.exportStations}</button>
          </div>
          {applied && <p data-testid="siting-applied">{t.applied}</p>}
          <TargetsTable before={plan.targetsBefore} after={plan.targetsAfter} t={t} format={format} language={language} />
        </div>
      )}
    </div>
  );
}

/** The plan's targets whose value the actions change, before and after (✓ where met). */
function TargetsTable({ before, after, t, format, language }: {
  before: PlanTarget[]; after: PlanTarget[]; t: (typeof STRINGS)['vi']; format: ReturnType<typeof numberFormat>; language: 'vi' | 'en';
}) {
  const rows = before.map((b, i) => ({ b, a: after[i]! })).filter(({ b, a }) => b.value !== null && a && b.value !== a.value);
  if (rows.length === 0) return null;
  return (
    <table className="siting-targets" data-testid="siting-targets">
      <thead><tr><th>{t.indicator}</th><th>{t.target}</th><th>{t.before}</th><th>{t.afterCol}</th></tr></thead>
      <tbody>
        {rows.map(({ b, a }) => (
          <tr key={b.indicator}>
            <td>{language === 'vi' ? b.label_vi : b.label_en}</td><td>{format.number(b.target, 1)}</td>
            <td>{format.number(b.value, 2)}{b.met ? ' ✓' : ''}</td><td>{format.number(a.value, 2)}{a.met ? ' ✓' : ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

const signed = (text: string) => (text.startsWith('-') || text.startsWith('−') || text === '0' ? text : `+${text}`);
