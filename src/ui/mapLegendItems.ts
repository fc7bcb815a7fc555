import { MEASURED_TECHS } from '../core/model.ts';
import type { CoverageKey } from '../core/stats/statsTypes.ts';
import type { LayerId } from '../store/appStore.ts';
import type { Dictionary } from './i18n/dictionary.ts';
import { OUTLINE_COLOR } from './outlineCommune.ts';
import { COMMUNE_LINE_COLOR, COVERAGE_COLORS, FIBRE_COLOR, rgb, SHARE_RAMP, SITE_COLORS } from './palette.ts';

/** One line of an exported map's legend: a heading, or a symbol (as the map draws it) with its label. */
export type LegendItem =
  | { kind: 'heading'; label: string }
  | { kind: 'ramp'; colours: readonly string[]; labels: readonly string[] }
  | { kind: 'dot' | 'ring' | 'area' | 'dash' | 'line'; colour: string; label: string };

/** The legend of the map as shown: the village colours, then each layer switched on; the open commune's outline. */
export function mapLegendItems(t: Dictionary, layers: Record<LayerId, boolean>, colourBy: CoverageKey, communeOpen: boolean): LegendItem[] {
  const items: LegendItem[] = [];
  if (layers.villages) {
    items.push(
      { kind: 'heading', label: `${t.shareLegend} (${t.tech[colourBy]})` },
      { kind: 'ramp', colours: SHARE_RAMP.map(([, c]) => c), labels: SHARE_RAMP.map(([pct]) => t.format.percent(pct, 0)) },
    );
  }
  if (layers.sites) {
    items.push({ kind: 'heading', label: t.sitesBySharing }, ...SITE_COLORS.map((colour, i) => ({ kind: 'dot' as const, colour, label: t.operatorsOnSite(i + 1) })));
  }
  const techs = MEASURED_TECHS.filter((tech) => layers[tech]);
  if (techs.length > 0) {
    items.push({ kind: 'heading', label: t.coverage }, ...techs.map((tech) => ({ kind: 'area' as const, colour: rgb(COVERAGE_COLORS[tech]), label: t.layer[tech] })));
  }
  if (layers.fibre) {
    items.push(
      { kind: 'heading', label: t.fibre },
      { kind: 'dash', colour: FIBRE_COLOR, label: t.fibreRoute },
      { kind: 'ring', colour: FIBRE_COLOR, label: t.fibreAccess },
    );
  }
  if (layers.communes || communeOpen) items.push({ kind: 'heading', label: t.layer.communes });
  if (layers.communes) items.push({ kind: 'line', colour: COMMUNE_LINE_COLOR, label: t.layer.communes });
  if (communeOpen) items.push({ kind: 'line', colour: OUTLINE_COLOR, label: t.openCommune });
  return items;
}
