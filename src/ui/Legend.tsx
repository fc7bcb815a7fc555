import { MEASURED_TECHS } from '../core/model.ts';
import { COVERAGE_ALPHA, COVERAGE_COLORS, FIBRE_COLOR, SITE_COLORS, rgb } from './palette.ts';
import { useT } from './i18n/useT.ts';

/** What the colours on the map mean: sites by sharing, coverage per technology, fibre. */
export function Legend() {
  const t = useT();
  return (
    <section className="panel-section legend">
      <h2>{t.legend}</h2>
      <h3>{t.sitesBySharing}</h3>
      <ul>
        {SITE_COLORS.map((color, i) => (
          <li key={color}>
            <span className="dot" style={{ background: color }} aria-hidden="true" />
            {t.operatorsOnSite(i + 1)}
          </li>
        ))}
      </ul>
      <h3>{t.coverage}</h3>
      <ul>
        {MEASURED_TECHS.map((tech) => (
          <li key={tech}>
            <span
              className="area"
              style={{ background: rgb(COVERAGE_COLORS[tech]), opacity: Math.max(0.55, COVERAGE_ALPHA / 255) }}
              aria-hidden="true"
            />
            {t.layer[tech]}
          </li>
        ))}
      </ul>
      <h3>{t.fibre}</h3>
      <ul>
        <li>
          <span className="dash" style={{ borderColor: FIBRE_COLOR }} aria-hidden="true" />
          {t.fibreRoute}
        </li>
        <li>
          <span className="dot hollow" style={{ borderColor: FIBRE_COLOR }} aria-hidden="true" />
          {t.fibreAccess}
        </li>
      </ul>
    </section>
  );
}
