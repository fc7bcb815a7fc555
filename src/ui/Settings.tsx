import { appStore } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import { useT } from './i18n/useT.ts';

/** The online OpenStreetMap basemap is opt-in: the app works offline without it. */
export function Settings() {
  const onlineBasemap = useApp((s) => s.onlineBasemap);
  const t = useT();
  return (
    <section className="panel-section">
      <h2>{t.settings}</h2>
      <label className="setting">
        <input
          type="checkbox"
          data-setting="online-basemap"
          checked={onlineBasemap}
          onChange={(e) => appStore.getState().setOnlineBasemap(e.target.checked)}
        />
        {t.onlineBasemap}
      </label>
    </section>
  );
}
