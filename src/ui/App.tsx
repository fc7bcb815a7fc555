import { useEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import { appStore } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import type { LoadedData } from '../worker/api.ts';
import { listSavedLayers } from './import/savedLayers.ts';
import { ImportPanel } from './import/ImportPanel.tsx';
import { loadLayersInWorker } from './loadData.ts';
import { MapView } from './MapView.tsx';
import { ServerSection } from './server/ServerSection.tsx';
import { SidePanel } from './SidePanel.tsx';
import { StatusOverlay } from './StatusOverlay.tsx';
import { useStats } from './useStats.ts';
import { AnalysisPanel } from './AnalysisPanel.tsx';
import { BottomSheet } from './layout/BottomSheet.tsx';
import { Slot, usePortalHost } from './layout/Slot.tsx';
import { useIsPhone } from './layout/useIsPhone.ts';
import { useCommuneLink } from './useCommuneLink.ts';
import { useT } from './i18n/useT.ts';

/**
 * The page: side panel, map and analysis panel; on a phone, the map over a bottom sheet holding them all. The map
 * and the import panel keep their places in the tree across both, so crossing the width rebuilds neither. The big data stays here and
 * in the map, not in the store.
 */
export function App() {
  const [data, setData] = useState<LoadedData | null>(null);
  const language = useApp((s) => s.language);
  const dataVersion = useApp((s) => s.dataVersion);
  const stats = useStats(data);
  const t = useT();
  const phone = useIsPhone();
  const importHost = usePortalHost();
  const serverHost = usePortalHost();
  useCommuneLink();

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  useEffect(() => {
    let cancelled = false;
    const store = appStore.getState();
    store.setProgress(0, 'generate');
    listSavedLayers().then((saved) => loadLayersInWorker((fraction, stage) => {
      if (!cancelled) store.setProgress(fraction, stage);
    }, saved.map((s) => s.layer))).then(
      (loaded) => {
        if (cancelled) return;
        setData(loaded);
        store.finishLoading(loaded.province, loaded.summary);
      },
      (error: unknown) => {
        if (!cancelled) store.failLoading(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [dataVersion]);

  // The import and server panels are rendered here, in one place, and shown in the side panel or the sheet: an
  // import or an upload half done survives the window crossing the phone width.
  const server = <Slot host={serverHost} />;
  return (
    <div className={phone ? 'app phone' : 'app'}>
      {phone ? null : <SidePanel server={server}><Slot host={importHost} /></SidePanel>}
      <main className="map-area">
        <MapView data={data} stats={stats} />
        <StatusOverlay />
      </main>
      {phone ? <BottomSheet data={data} stats={stats} server={server} panes={[{ id: 'import', label: t.importTab, content: <Slot host={importHost} /> }]} />
        : <AnalysisPanel data={data} stats={stats} />}
      {createPortal(<ImportPanel data={data} stats={stats} />, importHost)}
      {createPortal(<ServerSection />, serverHost)}
    </div>
  );
}
