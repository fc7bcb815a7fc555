import { useEffect } from 'react';
import { useApp } from '../store/useApp.ts';
import { DataPanel } from './data/DataPanel.tsx';
import { useDataSession } from './data/useDataSession.ts';
import { ImportPanel } from './import/ImportPanel.tsx';
import { MapView } from './MapView.tsx';
import { SidePanel } from './SidePanel.tsx';
import { StatusOverlay } from './StatusOverlay.tsx';
import { useStats } from './useStats.ts';
import { AnalysisPanel } from './AnalysisPanel.tsx';
import { useCommuneLink } from './useCommuneLink.ts';

/** The page: side panel and map. The data set is the worker's; the page holds what it draws and view settings. */
export function App() {
  const data = useDataSession();
  const language = useApp((s) => s.language);
  const stats = useStats(data);
  useCommuneLink();

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  return (
    <div className="app">
      <SidePanel>
        <DataPanel />
        <ImportPanel data={data} stats={stats} />
      </SidePanel>
      <main className="map-area">
        <MapView data={data} stats={stats} />
        <StatusOverlay />
      </main>
      <AnalysisPanel data={data} stats={stats} />
    </div>
  );
}
