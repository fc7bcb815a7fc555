import type { GapVillage } from './measureMetric.ts';

/**
 * The villages of a gap list grouped by commune, so a planner reads each commune's villages together: the
 * commune leaving the most people uncovered first (ties: the commune met first in the list), each commune's
 * villages in their given order (`measureMetric` lists them most uncovered people first).
 * Returns a new array; does not mutate its input.
 */
export function groupByCommune<V extends Pick<GapVillage, 'communeCode' | 'uncoveredPeople'>>(villages: readonly V[]): V[] {
  const groups = new Map<string, { people: number; first: number; villages: V[] }>();
  villages.forEach((v, i) => {
    let group = groups.get(v.communeCode);
    if (!group) groups.set(v.communeCode, (group = { people: 0, first: i, villages: [] }));
    group.people += v.uncoveredPeople;
    group.villages.push(v);
  });
  return [...groups.values()].sort((a, b) => b.people - a.people || a.first - b.first).flatMap((g) => g.villages);
}
