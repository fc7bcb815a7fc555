import { useApp } from '../store/useApp.ts';
import { useT } from './i18n/useT.ts';

/** Over the map: the demo-data badge, and a progress bar while the worker loads. */
export function StatusOverlay() {
  const t = useT();
  const loading = useApp((s) => s.loading);
  const isDemo = useApp((s) => s.province?.isDemo ?? false);
  return (
    <>
      {isDemo && (
        <div className="demo-badge" role="note" data-testid="demo-badge">
          {t.demoBadge}
        </div>
      )}
      {loading.active && (
        <div className="loading" role="status" aria-live="polite">
          <p>{loading.stage ? t.stage[loading.stage] : t.stage.generate}</p>
          <progress max={1} value={loading.progress} />
        </div>
      )}
      {loading.error && (
        <div className="loading error" role="alert">
          <p>{t.loadFailed}</p>
          <p className="detail">{loading.error}</p>
        </div>
      )}
    </>
  );
}
