import type { ReactNode } from 'react';
import { missingFor } from '../core/dataset/availability.ts';
import type { DefinitionId } from '../core/definitions.ts';
import { MEASURED_TECHS } from '../core/model.ts';
import { useApp } from '../store/useApp.ts';
import { Definition } from './Definition.tsx';
import { useT } from './i18n/useT.ts';
import { NoData } from './NoData.tsx';

/**
 * The engine's province figures: 4G/5G/6G weighted by population, fibre as the plans count it (villages reached,
 * households able to get it), and BTS site sharing; each with its definition, or "no data" and the file to import.
 */
export function CoverageSummary() {
  const t = useT();
  const province = useApp((s) => s.provinceStats);
  const fibre = useApp((s) => s.fibre);
  const availability = useApp((s) => s.availability);
  const summary = useApp((s) => s.summary);
  if (!province || !availability || !summary) return null;
  const pct = (v: number) => t.format.percent(v);
  const noRadio = missingFor('radio', availability);
  const figures: Array<[string, string, ReactNode, DefinitionId]> = MEASURED_TECHS.map((tech) => {
    const value = province.pct[tech];
    return [tech, t.tech[tech], value === null ? <NoData needs={noRadio} /> : pct(value), 'coverage'];
  });
  const f = fibre?.headline;
  figures.push([
    'fibre', t.tech.fibre,
    f?.villages ? `${t.fibreVillages(t.format.number(f.villages.reached), t.format.number(f.villages.total))} (${pct(f.villages.pct)})${f.householdsPct === null ? '' : ` · ${t.fibreHouseholds(pct(f.householdsPct))}`}` : <NoData needs={missingFor('fibre', availability)} />,
    fibre?.source === 'layer' ? 'fibreLayer' : fibre?.source === 'flag' ? 'fibreFlag' : 'fibreNone',
  ]);
  const noSites = missingFor('sites', availability);
  const count = (n: number) => (noSites.length ? <NoData needs={noSites} /> : t.format.number(n));
  figures.push(
    ['sites', t.sites, count(province.sites), 'sites'],
    ['sharedSites', t.sharedSites, count(province.sharedSites), 'sharedSites'],
    ['sharingPct', t.sharingPct, province.sharingPct === null ? <NoData needs={noSites} /> : pct(province.sharingPct), 'sharedSites'],
  );
  // The unrounded figure beside the printed one: what-if edits can move a share by less than the printed digit.
  const raw: Record<string, number | null> = { ...province.pct, sites: province.sites, sharedSites: province.sharedSites, sharingPct: province.sharingPct };
  const defaults = MEASURED_TECHS.filter((tech) => summary.defaultRadius[tech] > 0);
  return (
    <section className="panel-section" data-testid="coverage-summary">
      <h2>{t.coverageSummary}<Definition id="weighting" /></h2>
      <dl className="figures">
        {figures.map(([key, label, value, definition]) => (
          <div key={key} data-figure={key} data-value={raw[key] ?? undefined} className={key === 'fibre' ? 'wide' : undefined}>
            <dt>{label}<Definition id={definition} /></dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {defaults.length > 0 && (
        <p className="muted default-radius" data-testid="default-radius">
          {defaults.map((tech) => t.defaultRadiusUsed(t.format.number(summary.defaultRadius[tech]), tech)).join('; ')}
          <Definition id="defaultRadius" />
        </p>
      )}
    </section>
  );
}
