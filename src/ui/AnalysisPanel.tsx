import { useMemo, useState } from 'react';
import type { LoadedData } from '../worker/api.ts';
import type { AppStats } from '../worker/runStats.ts';
import { useApp } from '../store/useApp.ts';
import { CommuneView } from './CommuneView.tsx';
import { DeadZonesTab } from './deadZones/DeadZonesTab.tsx';
import { useT } from './i18n/useT.ts';
import { PlanDashboard } from './PlanDashboard.tsx';
import { villageRows } from './villageRows.ts';
import { VillageTable } from './VillageTable.tsx';

type Tab = 'villages' | 'plan' | 'commune' | 'deadZones';

/** Beside the map: the village table and the plan dashboard. Shown once the engine has run. */
export function AnalysisPanel({ data, stats }: { data: LoadedData | null; stats: AppStats | null }) {
  const t = useT();
  const [tab, setTab] = useState<Tab>('villages');
  // Opening a commune (a link, a search, another view) brings its view to the front.
  const commune = useApp((s) => s.commune);
  const [shownCommune, setShownCommune] = useState(commune);
  if (commune !== shownCommune) {
    setShownCommune(commune);
    if (commune) setTab('commune');
  }
  const communeNames = useMemo(
    () => new Map((data?.communes.features ?? []).map((f) => [f.properties.code, f.properties.name])),
    [data],
  );
  const rows = useMemo(() => (stats ? villageRows(stats.stats.villages, communeNames) : []), [stats, communeNames]);
  if (!data || !stats) return null;
  const tabs: Array<[Tab, string]> = [['villages', t.villages], ['plan', t.plan], ['commune', t.communeTab], ['deadZones', t.deadZones]];
  return (
    <aside className="analysis-panel">
      <nav className="tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" data-tab={id} aria-selected={tab === id} onClick={() => setTab(id)}>
            {label}
          </button>
        ))}
      </nav>
      {tab === 'villages' && <VillageTable rows={rows} />}
      {tab === 'plan' && <PlanDashboard figures={stats.figures} province={data.province} communeNames={communeNames} />}
      {tab === 'commune' && <CommuneView data={data} stats={stats} />}
      {tab === 'deadZones' && <DeadZonesTab data={data} />}
    </aside>
  );
}
