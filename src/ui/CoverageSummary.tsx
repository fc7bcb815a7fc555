import { COVERAGE_KEYS } from '../core/stats/statsTypes.ts';
import { useApp } from '../store/useApp.ts';
import { useT } from './i18n/useT.ts';

/** Population-weighted coverage per technology and BTS site sharing, from the last engine run. */
export function CoverageSummary() {
  const t = useT();
  const province = useApp((s) => s.provinceStats);
  if (!province) return null;
  const figures: Array<[string, string]> = [
    ...COVERAGE_KEYS.map((key): [string, string] => [t.tech[key], t.format.percent(province.pct[key])]),
    [t.sites, t.format.number(province.sites)],
    [t.sharedSites, t.format.number(province.sharedSites)],
    [t.sharingPct, t.format.percent(province.sharingPct)],
  ];
  return (
    <section className="panel-section" data-testid="coverage-summary">
      <h2>{t.coverageSummary}</h2>
      <dl className="figures">
        {figures.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
