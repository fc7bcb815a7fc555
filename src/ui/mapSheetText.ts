import type { AppState } from '../store/appStore.ts';
import type { Dictionary } from './i18n/dictionary.ts';
import type { MapSheetText } from './drawMapSheet.ts';

/**
 * The words around an exported map of the province (or, with `title` and `subtitle`, of a commune): what the
 * colours show, the date in dd/mm/yyyy and where the data comes from.
 */
export function mapSheetText(t: Dictionary, state: Pick<AppState, 'province' | 'language' | 'colourBy' | 'thresholdPct' | 'onlineBasemap'>, heading?: { title: string; subtitle: string }): MapSheetText {
  const province = state.province ? (state.language === 'vi' ? state.province.name : state.province.nameEn) : '';
  const source = t.mapSource(province, state.province?.isDemo ?? false);
  return {
    title: heading?.title ?? t.mapTitle(province),
    subtitle: heading?.subtitle ?? t.mapSubtitle(t.tech[state.colourBy], t.format.percent(state.thresholdPct, 1)),
    legendTitle: t.legend,
    footer: [t.mapDate(t.format.date(new Date())), state.onlineBasemap ? `${source} · ${t.osmCredit}` : source],
  };
}
