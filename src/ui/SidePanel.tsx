import type { ReactNode } from 'react';
import { useApp } from '../store/useApp.ts';
import { CoverageControls } from './CoverageControls.tsx';
import { CoverageSummary } from './CoverageSummary.tsx';
import { LanguageSwitch } from './LanguageSwitch.tsx';
import { LayerToggles } from './LayerToggles.tsx';
import { Legend } from './Legend.tsx';
import { ServerSection } from './server/ServerSection.tsx';
import { Settings } from './Settings.tsx';
import { Summary } from './Summary.tsx';
import { useT } from './i18n/useT.ts';

/**
 * Title, province, the shared server's panel (when the page comes from it), figures, layer switches, legend and
 * settings; `children` (the import panel) go last.
 */
export function SidePanel({ children }: { children?: ReactNode }) {
  const t = useT();
  const language = useApp((s) => s.language);
  const province = useApp((s) => s.province);
  return (
    <aside className="side-panel">
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
        </div>
      )}
      <ServerSection />
      <Summary />
      <CoverageSummary />
      <CoverageControls />
      <LayerToggles />
      <Legend />
      <Settings />
      {children}
    </aside>
  );
}
