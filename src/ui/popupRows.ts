import { MEASURED_TECHS } from '../core/model.ts';
import type { FibreSource } from '../core/stats/statsTypes.ts';
import type { Selection } from '../store/appStore.ts';
import type { StationDetail } from '../core/radio/stationDetail.ts';
import type { Dictionary } from './i18n/dictionary.ts';
import { stationSections, type PopupSection } from './stationRows.ts';

export interface PopupRows {
  title: string;
  subtitle: string;
  rows: Array<[label: string, value: string]>;
  /** A site's stations, one section each; a line saying they are being computed while `sections` is empty. */
  sections?: PopupSection[];
  pending?: string;
}

const text = (value: unknown): string => (value === undefined || value === null ? '' : String(value));

/**
 * The title and label/value rows of a popup for a village or a site, in the dictionary's language. A village's
 * fibre is one figure, by the measure the engine used (`fibreSource`): the share within reach of the fibre layer,
 * or the village list's own flag, or "no data"; before the engine has run, the flag as the list gives it. A site's
 * `stations`, once the worker has described them (undefined until then), follow its rows.
 */
export function popupRows(selection: Selection, t: Dictionary, fibreSource?: FibreSource, stations?: readonly StationDetail[]): PopupRows {
  const p = selection.properties;
  const number = (value: unknown) => (typeof value === 'number' ? t.format.number(value) : text(value));
  const pct = (value: unknown) => t.format.number(value as number, 1);
  if (selection.kind === 'village') {
    const flag = p.fibre === true ? t.yes : p.fibre === false ? t.no : t.noData;
    const fibre: [string, string] = fibreSource === 'layer' && typeof p.pctfibre === 'number'
      ? [t.fibreReach, pct(p.pctfibre)]
      : [t.fibre, fibreSource === null ? t.noData : flag];
    return {
      title: text(p.name),
      subtitle: text(p.communeName),
      rows: [
        [t.population, number(p.population)],
        [t.households, number(p.households)],
        ...MEASURED_TECHS.filter((key) => typeof p[`pct${key}`] === 'number').map((key): [string, string] => [`${t.layer[key]} (%)`, pct(p[`pct${key}`])]),
        fibre,
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
    ...(stations ? { sections: stationSections(stations, t) } : { pending: t.stationLoading }),
  };
}
