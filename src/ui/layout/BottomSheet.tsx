import { useRef, useState, type ReactNode } from 'react';
import type { LoadedData } from '../../worker/api.ts';
import type { AppStats } from '../../worker/runStats.ts';
import { AnalysisContent, analysisTabs, type AnalysisTab } from '../AnalysisPanel.tsx';
import { useT } from '../i18n/useT.ts';
import { Overview } from '../SidePanel.tsx';
import { TabBar } from './TabBar.tsx';
import { useCommuneOpened } from './useCommuneOpened.ts';

/** A panel the sheet keeps in the page while another tab is open (an import half done must survive). */
export interface SheetPane {
  id: string;
  label: string;
  content: ReactNode;
}

type SheetTab = 'overview' | AnalysisTab | (string & {});
/** Only the tabs showing, half the screen, or all of it but a strip of map. */
export type SheetSize = 'peek' | 'half' | 'full';

const GROW: Record<SheetSize, SheetSize> = { peek: 'half', half: 'full', full: 'full' };
const SHRINK: Record<SheetSize, SheetSize> = { peek: 'peek', half: 'peek', full: 'half' };
/** A move on the handle shorter than this (px) is a tap, not a swipe. */
const SWIPE = 30;

/**
 * On a phone, under the map: every panel as a tab of one sheet. A tab opens the sheet to half the screen; the
 * handle (tap or swipe) makes it taller or shorter; the open tab tapped again folds it back to the tabs. The
 * overview and the `panes` (the import) stay in the page while hidden, so an import in progress survives a look at the
 * map.
 */
export function BottomSheet({ data, stats, server, panes }: {
  data: LoadedData | null; stats: AppStats | null; server?: ReactNode; panes: readonly SheetPane[];
}) {
  const t = useT();
  const [tab, setTab] = useState<SheetTab>('overview');
  const [size, setSize] = useState<SheetSize>('peek');
  const swipe = useRef<{ from: number; moved: boolean } | null>(null);
  useCommuneOpened(() => {
    setTab('commune');
    setSize((s) => (s === 'peek' ? 'half' : s));
  });
  const pick = (id: SheetTab) => {
    if (id === tab && size !== 'peek') setSize('peek');
    else {
      setTab(id);
      if (size === 'peek') setSize('half');
    }
  };
  const analysisTab = analysisTabs(t);
  const tabs: Array<[SheetTab, string]> = [['overview', t.overviewTab], ...analysisTab, ...panes.map((p): [string, string] => [p.id, p.label])];
  const analysis = analysisTab.find(([id]) => id === tab)?.[0] ?? null;
  return (
    <section className="sheet" data-size={size} data-testid="sheet" aria-label={t.panels}>
      <button
        type="button"
        className="sheet-handle no-print"
        data-testid="sheet-handle"
        aria-label={size === 'full' ? t.shrinkSheet : t.expandSheet}
        aria-expanded={size === 'full'}
        onPointerDown={(e) => { swipe.current = { from: e.clientY, moved: false }; }}
        onPointerUp={(e) => {
          const dy = swipe.current ? e.clientY - swipe.current.from : 0;
          if (Math.abs(dy) <= SWIPE) return;
          swipe.current = { from: e.clientY, moved: true };
          setSize(dy > 0 ? SHRINK[size] : GROW[size]);
        }}
        onClick={() => {
          // A swipe ends in a click too: it has already resized the sheet.
          if (!swipe.current?.moved) setSize(size === 'full' ? 'half' : GROW[size]);
          swipe.current = null;
        }}
      />
      <TabBar tabs={tabs} current={size === 'peek' ? null : tab} onPick={pick} className="tabs sheet-tabs" />
      <div className="sheet-body" hidden={size === 'peek'}>
        <div className="sheet-pane" hidden={tab !== 'overview'}><Overview server={server} /></div>
        {analysis && (data && stats ? <AnalysisContent tab={analysis} data={data} stats={stats} /> : <p className="muted">{t.waitingForFigures}</p>)}
        {panes.map((p) => <div key={p.id} className="sheet-pane" hidden={tab !== p.id}>{p.content}</div>)}
      </div>
    </section>
  );
}
