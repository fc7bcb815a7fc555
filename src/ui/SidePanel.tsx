import type { ReactNode } from 'react';
import { useApp } from '../store/useApp.ts';
import { CoverageControls } from './CoverageControls.tsx';
import { CoverageSummary } from './CoverageSummary.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LayerToggles } from './LayerToggles.tsx';
import { Legend } from './Legend.tsx';
import { Settings } from './Settings.tsx';
import { Summary } from './Summary.tsx';
import { useT } from './i18n/useT.ts';
import { useFormatTime } from './server/serverText.ts';

/**
 * Title, province, `server` (the shared server's panel, when the page comes from it), figures, layer switches,
 * legend and settings: the side panel, or a phone's overview tab.
 */
export function Overview({ server }: { server?: ReactNode }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const province = useApp((s) => s.province);
  const published = useApp((s) => s.dataset?.published ?? null);
  const time = useFormatTime();
  return (
    <>
      <header className="panel-header">
        <div>
          <h1>{t.appTitle}</h1>
          <p className="subtitle">{t.appSubtitle}</p>
        </div>
        <LanguageSwitch />
      </header>
      {province && (
        <div className="province">
          <p className="province-name">{language === 'vi' ? province.name : province.nameEn}</p>
          {province.isDemo && <p className="demo-note">{t.demoNote}</p>}
          {published && <p className="server-note" data-testid="server-note">{t.serverNote(published.asOf ? time(published.asOf) : null)}</p>}
        </div>
      )}
      {server}
      <Summary />
      <CoverageSummary />
      <CoverageControls />
      <LayerToggles />
      <Legend />
      <Settings />
    </>
  );
}

/** Left of the map on a wide screen: the overview, then `children` (the import panel). */
export function SidePanel({ server, children }: { server?: ReactNode; children?: ReactNode }) {
  return (
    <aside className="side-panel">
      <Overview server={server} />
      {children}
    </aside>
  );
}
