import { appStore } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import { useT } from './i18n/useT.ts';
import { useFormatTime } from './server/serverText.ts';

/**
 * Over the map: the demo-data badge (on demo data only), the server's badge with its as-of moment (on its data), a progress bar while the worker loads (with the communes
 * done while village boundaries are estimated), and what the user must know about the data: a browser that keeps
 * nothing, a full storage, a package link that could not be opened.
 */
export function StatusOverlay() {
  const t = useT();
  const loading = useApp((s) => s.loading);
  const isDemo = useApp((s) => s.province?.isDemo ?? false);
  const dataset = useApp((s) => s.dataset);
  const notice = useApp((s) => s.notice);
  const storage = dataset?.quotaExceeded ? t.quotaExceeded : dataset?.storage === 'unavailable' ? t.storageUnavailable : null;
  const message = notice ?? storage;
  const time = useFormatTime();
  const published = dataset?.published ?? null;
  return (
    <>
      {isDemo && (
        <div className="demo-badge" role="note" data-testid="demo-badge">
          {t.demoBadge}
        </div>
      )}
      {published && (
        <div className="demo-badge server-badge" role="note" data-testid="server-badge">
          {t.serverNote(published.asOf ? time(published.asOf) : null)}
        </div>
      )}
      {loading.active && (
        <div className="loading" role="status" aria-live="polite">
          <p>
            {loading.stage === 'estimate' && loading.detail
              ? t.estimating(loading.detail.done, loading.detail.total)
              : t.stage[loading.stage ?? 'read']}
          </p>
          <progress max={1} value={loading.progress} />
        </div>
      )}
      {loading.error && (
        <div className="loading error" role="alert">
          <p>{t.loadFailed}</p>
          <p className="detail">{loading.error}</p>
        </div>
      )}
      {message && !loading.error && (
        <div className="data-notice" role="alert" data-testid="data-notice">
          <span>{message}</span>
          {notice && <button type="button" aria-label={t.dismiss} onClick={() => appStore.getState().setNotice(null)}>×</button>}
        </div>
      )}
    </>
  );
}
