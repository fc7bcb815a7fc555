import { useApp } from '../store/useApp.ts';
import { useT } from './i18n/useT.ts';

/** The province's headline figures. */
export function Summary() {
  const summary = useApp((s) => s.summary);
  const t = useT();
  if (!summary) return null;
  const figures: Array<[string, number]> = [
    [t.count.communes, summary.communes],
    [t.count.villages, summary.villages],
    [t.count.population, summary.population],
    [t.count.sites, summary.sites],
    [t.count.sharedSites, summary.sharedSites],
    [t.count.fibreVillages, summary.fibreVillages],
  ];
  return (
    <section className="panel-section">
      <h2>{t.summary}</h2>
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{t.format.number(value)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
