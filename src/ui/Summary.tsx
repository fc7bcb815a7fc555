import type { ReactNode } from 'react';
import type { DefinitionId } from '../core/definitions.ts';
import { missingFor, type Figure } from '../core/dataset/availability.ts';
import { useApp } from '../store/useApp.ts';
import { Definition } from './Definition.tsx';
import { useT } from './i18n/useT.ts';
import { NoData } from './NoData.tsx';

/** The province's headline counts; a count whose layer is missing says "no data" and which file gives it. */
export function Summary() {
  const summary = useApp((s) => s.summary);
  const availability = useApp((s) => s.availability);
  const t = useT();
  if (!summary || !availability) return null;
  const figures: Array<[string, string, Figure, number, DefinitionId | null]> = [
    ['communes', t.count.communes, 'communes', summary.communes, null],
    ['villages', t.count.villages, 'villages', summary.villages, null],
    ['population', t.count.population, 'population', summary.population, 'population'],
    ['sites', t.count.sites, 'sites', summary.sites, 'sites'],
    ['sharedSites', t.count.sharedSites, 'sites', summary.sharedSites, 'sharedSites'],
  ];
  return (
    <section className="panel-section" data-testid="summary">
      <h2>{t.summary}</h2>
      <dl className="figures">
        {figures.map(([key, label, figure, value, definition]) => {
          const needs = missingFor(figure, availability);
          const shown: ReactNode = needs.length ? <NoData needs={needs} /> : t.format.number(value);
          return (
            <div key={key} data-figure={key}>
              <dt>{label}{definition && <Definition id={definition} />}</dt>
              <dd>{shown}</dd>
            </div>
          );
        })}
      </dl>
    </section>
  );
}
