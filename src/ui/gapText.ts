import type { GapVillage, Gap } from '../core/targets/measureMetric.ts';
import type { AnalysisDictionary } from './i18nAnalysis.ts';

/** A gap in words a planner can act on, and the villages behind it (empty for site gaps). */
export function gapText(gap: Gap, t: AnalysisDictionary, locale: string): { text: string; villages: GapVillage[] } {
  const n = (v: number) => v.toLocaleString(locale);
  switch (gap.kind) {
    case 'villages':
      return { text: `${t.villagesWithout(t.tech[gap.tech], gap.villages.length)}; ${t.toTarget(n(gap.toTarget), t.unitVillages)}`, villages: gap.villages };
    case 'people':
      return { text: `${t.peopleLacking(gap.tech, n(gap.lacking))}; ${t.toTarget(n(gap.toTarget), t.unitPeople)}`, villages: gap.villages };
    case 'sites':
      return { text: t.sitesGap(n(gap.unshared), n(gap.toTarget)), villages: [] };
    case 'households':
      return { text: `${t.householdsLacking(n(gap.lacking))}; ${t.toTarget(n(gap.toTarget), t.unitHouseholds)}`, villages: gap.villages };
    case 'deadZones':
      return { text: t.deadZonePeople(n(gap.people)), villages: gap.villages };
  }
}
