import { COVERAGE_KEYS } from '../core/stats/statsTypes.ts';
import type { Selection } from '../store/appStore.ts';
import type { Dictionary } from './i18n/dictionary.ts';

export interface PopupRows {
  title: string;
  subtitle: string;
  rows: Array<[label: string, value: string]>;
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/** The title and label/value rows of a popup for a village or a site, in the dictionary's language. */
export function popupRows(selection: Selection, t: Dictionary): PopupRows {
  const p = selection.properties;
  const number = (value: unknown) => (typeof value === 'number' ? t.format.number(value) : text(value));
  if (selection.kind === 'village') {
    return {
      title: text(p.name),
      subtitle: text(p.communeName),
      rows: [
        [t.population, number(p.population)],
        [t.households, number(p.households)],
        [t.fibre, p.fibre === true ? t.yes : t.no],
        ...COVERAGE_KEYS.filter((key) => typeof p[`pct${key}`] === 'number').map((key): [string, string] => [
          `${key === 'fibre' ? t.fibre : t.layer[key]} (%)`,
          t.format.number(p[`pct${key}`] as number, 1),
        ]),
      ],
    };
  }
  return {
    title: `${t.site} ${text(p.id)}`,
    subtitle: text(p.communeName),
    rows: [
      [t.operators, text(p.operators)],
      [t.stations, number(p.stationCount)],
      [t.technologies, text(p.techs)],
    ],
  };
}
