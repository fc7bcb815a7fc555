import { useMemo, useState } from 'react';
import type { LoadedData } from '../worker/api.ts';
import type { AppStats } from '../worker/runStats.ts';
import { CommuneView } from './CommuneView.tsx';
import { DeadZonesTab } from './deadZones/DeadZonesTab.tsx';
import type { Dictionary } from './i18n/dictionary.ts';
import { useT } from './i18n/useT.ts';
import { PlanDashboard } from './PlanDashboard.tsx';
import { TabBar } from './layout/TabBar.tsx';
import { useCommuneOpened } from './layout/useCommuneOpened.ts';
import { villageRows } from './villageRows.ts';
import { VillageTable } from './VillageTable.tsx';
import { SitingPanel } from './whatif/SitingPanel.tsx';
import { WhatIfPanel } from './whatif/WhatIfPanel.tsx';

export type AnalysisTab = 'villages' | 'plan' | 'commune' | 'deadZones' | 'whatif' | 'siting';

/** The analysis views in their order, with their labels. */
export const analysisTabs = (t: Dictionary): Array<[AnalysisTab, string]> => [
  ['villages', t.villages], ['plan', t.plan], ['commune', t.communeTab], ['deadZones', t.deadZones], ['whatif', t.whatIfTab], ['siting', t.sitingTab],
];

/** One analysis view; mounted only while shown (the dead-zone view draws its zones on the map while open). */
export function AnalysisContent({ tab, data, stats }: { tab: AnalysisTab; data: LoadedData; stats: AppStats }) {
  const communeNames = useMemo(
    () => new Map(data.communes.features.map((f) => [f.properties.code, f.properties.name])),
    [data],
  );
  const rows = useMemo(() => villageRows(stats.stats.villages, communeNames), [stats, communeNames]);
  switch (tab) {
    case 'villages': return <VillageTable rows={rows} />;
    case 'plan': return <PlanDashboard figures={stats.figures} province={data.province} communeNames={communeNames} />;
    case 'commune': return <CommuneView data={data} stats={stats} />;
    case 'deadZones': return <DeadZonesTab data={data} />;
    case 'whatif': return <WhatIfPanel />;
    case 'siting': return <SitingPanel province={data.province} />;
  }
}

/** Beside the map on a wide screen: the analysis views under their tabs. Shown once the engine has run. */
export function AnalysisPanel({ data, stats }: { data: LoadedData | null; stats: AppStats | null }) {
  const t = useT();
  const [tab, setTab] = useState<AnalysisTab>('villages');
  // Opening a commune (a link, a search, another view) brings its view to the front.
  useCommuneOpened(() => setTab('commune'));
  if (!data || !stats) return null;
  return (
    <aside className="analysis-panel">
      <TabBar<AnalysisTab> tabs={analysisTabs(t)} current={tab} onPick={setTab} />
      <AnalysisContent tab={tab} data={data} stats={stats} />
    </aside>
  );
}
