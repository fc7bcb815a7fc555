import { groupByCommune } from '../core/targets/groupByCommune.ts';
import type { GapVillage, Gap } from '../core/targets/measureMetric.ts';
import type { AnalysisDictionary } from './i18nAnalysis.ts';

/** A gap village as a list entry a planner can click. */
export interface GapEntry {
  id: string;
  /** "Thôn 3 — Xã Đại Hải (40 %)": the village, its commune, and its covered share for the gap's technology. */
  label: string;
}

/**
 * A gap in words a planner can act on, and the villages behind it (empty for site gaps) grouped by commune.
 * `communeNames` (code → name) names each village's commune; null leaves it out, for a list inside one commune.
 */
export function gapText(
  gap: Gap,
  t: AnalysisDictionary,
  locale: string,
  communeNames: ReadonlyMap<string, string> | null,
): { text: string; villages: GapEntry[] } {
  const n = (v: number) => v.toLocaleString(locale);
  const entries = (villages: readonly GapVillage[]) =>
    groupByCommune(villages).map((v) => {
      const name = communeNames ? t.villageInCommune(v.name, communeNames.get(v.communeCode) ?? v.communeCode) : v.name;
      return { id: v.id, label: `${name} (${v.pct.toLocaleString(locale, { maximumFractionDigits: 0 })} %)` };
    });
  switch (gap.kind) {
    case 'villages':
      return { text: `${t.villagesWithout(t.tech[gap.tech], gap.villages.length)}; ${t.toTarget(n(gap.toTarget), t.unitVillages)}`, villages: entries(gap.villages) };
    case 'people':
      return { text: `${t.peopleLacking(gap.tech, n(gap.lacking))}; ${t.toTarget(n(gap.toTarget), t.unitPeople)}`, villages: entries(gap.villages) };
    case 'sites':
      return { text: t.sitesGap(n(gap.unshared), n(gap.toTarget)), villages: [] };
    case 'households':
      return { text: `${t.householdsLacking(n(gap.lacking))}; ${t.toTarget(n(gap.toTarget), t.unitHouseholds)}`, villages: entries(gap.villages) };
    case 'deadZones':
      return { text: t.deadZonePeople(n(gap.people)), villages: entries(gap.villages) };
  }
}
