import { useEffect } from 'react';
import { createPortal } from 'react-dom';
import { useApp } from '../store/useApp.ts';
import { DataPanel } from './data/DataPanel.tsx';
import { useDataSession } from './data/useDataSession.ts';
import { ImportPanel } from './import/ImportPanel.tsx';
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
 * and the data and import panels keep their places in the tree across both, so crossing the width rebuilds none.
 * The data set is the worker's; the page holds what it draws and view settings.
 */
export function App() {
  const data = useDataSession();
  const language = useApp((s) => s.language);
  const stats = useStats(data);
  const t = useT();
  const phone = useIsPhone();
  const dataHost = usePortalHost();
  const importHost = usePortalHost();
  const serverHost = usePortalHost();
  useCommuneLink();

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // The data, import and server panels are rendered here, in one place, and shown in the side panel or the sheet:
  // an import or an upload half done survives the window crossing the phone width.
  const server = <Slot host={serverHost} />;
  return (
    <div className={phone ? 'app phone' : 'app'}>
      {phone ? null : (
        <SidePanel server={server}>
          <Slot host={dataHost} />
          <Slot host={importHost} />
        </SidePanel>
      )}
      <main className="map-area">
        <MapView data={data} stats={stats} />
        <StatusOverlay />
      </main>
      {phone ? <BottomSheet data={data} stats={stats} server={server} panes={[
            { id: 'data', label: t.dataTab, content: <Slot host={dataHost} /> },
            { id: 'import', label: t.importTab, content: <Slot host={importHost} /> },
          ]} />
        : <AnalysisPanel data={data} stats={stats} />}
      {createPortal(<DataPanel />, dataHost)}
      {createPortal(<ImportPanel data={data} stats={stats} />, importHost)}
      {createPortal(<ServerSection />, serverHost)}
    </div>
  );
}
