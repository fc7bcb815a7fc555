import type { GapVillage } from './measureMetric.ts';

/** The villages of one commune in a gap list, and the people they leave uncovered. */
export interface CommuneGroup<V> {
  communeCode: string;
  uncoveredPeople: number;
  villages: V[];
}

/**
 * The villages of a gap list grouped by commune, so a planner reads each commune's villages together: the
 * commune leaving the most people uncovered first (ties: the commune met first in the list), each commune's
 * villages in their given order (`measureMetric` lists them most uncovered people first).
 * Does not mutate its input.
 */
export function groupByCommune<V extends Pick<GapVillage, 'communeCode' | 'uncoveredPeople'>>(villages: readonly V[]): CommuneGroup<V>[] {
  const groups = new Map<string, CommuneGroup<V> & { first: number }>();
  villages.forEach((v, i) => {
    let group = groups.get(v.communeCode);
    if (!group) groups.set(v.communeCode, (group = { communeCode: v.communeCode, uncoveredPeople: 0, villages: [], first: i }));
    group.uncoveredPeople += v.uncoveredPeople;
    group.villages.push(v);
  });
  return [...groups.values()]
    .sort((a, b) => b.uncoveredPeople - a.uncoveredPeople || a.first - b.first)
    .map(({ communeCode, uncoveredPeople, villages: list }) => ({ communeCode, uncoveredPeople, villages: list }));
}
