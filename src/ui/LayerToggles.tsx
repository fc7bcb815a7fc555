import { appStore, LAYER_IDS, type LayerId } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import { COVERAGE_COLORS, COMMUNE_LINE_COLOR, FIBRE_COLOR, SITE_COLORS, VILLAGE_LINE_COLOR, rgb } from './palette.ts';
import { useT } from './i18n/useT.ts';

const SWATCH: Record<LayerId, string> = {
  communes: COMMUNE_LINE_COLOR,
  villages: VILLAGE_LINE_COLOR,
  sites: SITE_COLORS[2],
  '4G': rgb(COVERAGE_COLORS['4G']),
  '5G': rgb(COVERAGE_COLORS['5G']),
  '6G': rgb(COVERAGE_COLORS['6G']),
  fibre: FIBRE_COLOR,
};

/** One switch per map layer. */
export function LayerToggles() {
  const layers = useApp((s) => s.layers);
  const t = useT();
  return (
    <section className="panel-section">
      <h2>{t.layers}</h2>
      <ul className="toggles">
        {LAYER_IDS.map((id) => (
          <li key={id}>
            <label>
              <input
                type="checkbox"
                data-layer={id}
                checked={layers[id]}
                onChange={() => appStore.getState().toggleLayer(id)}
              />
              <span className="swatch" style={{ background: SWATCH[id] }} aria-hidden="true" />
              {t.layer[id]}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
