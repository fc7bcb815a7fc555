import { groupByCommune } from '../core/targets/groupByCommune.ts';
import type { GapVillage, Gap } from '../core/targets/measureMetric.ts';
import type { Dictionary } from './i18n/dictionary.ts';

/** A gap village as a list entry a planner can click. */
export interface GapEntry {
  id: string;
  /** "Thôn 3 — Xã Đại Hải (40 %)": the village, its commune, and its covered share for the gap's technology. */
  label: string;
}

/** The gap villages of one commune; `name` is null where the list leaves communes unnamed. */
export interface GapCommune {
  name: string | null;
  villages: GapEntry[];
}

/**
 * A gap in words a planner can act on, and the villages behind it (none for site gaps) grouped by commune, the
 * commune leaving most people uncovered first. `communeNames` (code → name) names each village's commune; null
 * leaves it out, for a list inside one commune.
 */
export function gapText(
  gap: Gap,
  t: Dictionary,
  communeNames: ReadonlyMap<string, string> | null,
): { text: string; communes: GapCommune[] } {
  const n = (v: number) => t.format.number(v);
  const byCommune = (villages: readonly GapVillage[]): GapCommune[] =>
    groupByCommune(villages).map((group) => {
      const name = communeNames ? (communeNames.get(group.communeCode) ?? group.communeCode) : null;
      return {
        name,
        villages: group.villages.map((v) => ({
          id: v.id,
          label: `${name === null ? v.name : t.villageInCommune(v.name, name)} (${t.format.percent(v.pct, 0)})`,
        })),
      };
    });
  switch (gap.kind) {
    case 'villages':
      return { text: `${t.villagesWithout(t.tech[gap.tech], gap.villages.length)}; ${t.toTarget(n(gap.toTarget), t.unitVillages)}`, communes: byCommune(gap.villages) };
    case 'people':
      return { text: `${t.peopleLacking(gap.tech, n(gap.lacking))}; ${t.toTarget(n(gap.toTarget), t.unitPeople)}`, communes: byCommune(gap.villages) };
    case 'sites':
      return { text: t.sitesGap(n(gap.unshared), n(gap.toTarget)), communes: [] };
    case 'households':
      return { text: `${t.householdsLacking(n(gap.lacking))}; ${t.toTarget(n(gap.toTarget), t.unitHouseholds)}`, communes: byCommune(gap.villages) };
    case 'deadZones':
      return { text: t.deadZonePeople(n(gap.people)), communes: byCommune(gap.villages) };
  }
}

/** Fewest villages listed for a commune that is listed at all. */
const MIN_PER_COMMUNE = 3;

/**
 * The part of a gap list that fits about `max` entries, spread over the communes so the first does not fill it
 * alone: up to max / 3 communes in order, each with an equal share of entries (at least 3). `hidden` counts each
 * listed commune's villages left out; `rest` holds the communes not listed. Does not mutate its input.
 */
export function shortList(communes: readonly GapCommune[], max: number): {
  listed: { commune: GapCommune; shown: GapEntry[]; hidden: number }[];
  rest: GapCommune[];
} {
  const count = Math.min(communes.length, Math.max(1, Math.floor(max / MIN_PER_COMMUNE)));
  const each = Math.max(MIN_PER_COMMUNE, Math.floor(max / Math.max(1, count)));
  return {
    listed: communes.slice(0, count).map((commune) => ({ commune, shown: commune.villages.slice(0, each), hidden: Math.max(0, commune.villages.length - each) })),
    rest: communes.slice(count),
  };
}
