import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupByCommune } from '../../src/core/targets/groupByCommune.ts';
import type { GapVillage } from '../../src/core/targets/measureMetric.ts';

function createGapVillage(id: string, communeCode: string, uncoveredPeople: number): GapVillage {
  return { id, name: `Thôn ${id}`, communeCode, population: 1000, households: 250, pct: 100 - uncoveredPeople / 10, uncoveredPeople };
}

describe('groupByCommune', () => {
  it('puts the commune with the most uncovered people first and keeps each commune\'s villages in list order', () => {
    // Xã A has the single worst village (500), Xã B three smaller ones that add up to more (300 + 200 + 100).
    const list = [
      createGapVillage('a1', 'A', 500),
      createGapVillage('b1', 'B', 300),
      createGapVillage('b2', 'B', 200),
      createGapVillage('c1', 'C', 150),
      createGapVillage('b3', 'B', 100),
      createGapVillage('a2', 'A', 50),
    ];
    const groups = groupByCommune(list);
    expect(groups.map((g) => [g.communeCode, g.uncoveredPeople])).toEqual([['B', 600], ['A', 550], ['C', 150]]);
    expect(groups.flatMap((g) => g.villages).map((v) => v.id)).toEqual(['b1', 'b2', 'b3', 'a1', 'a2', 'c1']);
    expect(list.map((v) => v.id)).toEqual(['a1', 'b1', 'b2', 'c1', 'b3', 'a2']);
  });

  it('breaks a tie between communes by which comes first in the list', () => {
    const list = [createGapVillage('x', 'X', 0), createGapVillage('y', 'Y', 0), createGapVillage('x2', 'X', 0)];
    expect(groupByCommune(list).flatMap((g) => g.villages).map((v) => v.id)).toEqual(['x', 'x2', 'y']);
  });

  it('returns every village once, in one group per commune, in list order, groups by uncovered people', () => {
    const village = fc.record({ commune: fc.constantFrom('A', 'B', 'C', 'D'), people: fc.nat(1000) });
    fc.assert(
      fc.property(fc.array(village, { maxLength: 40 }), (rows) => {
        const list = rows.map((r, i) => createGapVillage(`v${i}`, r.commune, r.people));
        const groups = groupByCommune(list);
        const out = groups.flatMap((g) => g.villages);
        expect([...out].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...list].sort((a, b) => a.id.localeCompare(b.id)));
        expect(new Set(groups.map((g) => g.communeCode)).size).toBe(groups.length);
        for (const g of groups) {
          expect(g.villages).toEqual(list.filter((v) => v.communeCode === g.communeCode));
          expect(g.uncoveredPeople).toBe(g.villages.reduce((s, v) => s + v.uncoveredPeople, 0));
        }
        for (let i = 1; i < groups.length; i++) expect(groups[i]!.uncoveredPeople).toBeLessThanOrEqual(groups[i - 1]!.uncoveredPeople);
      }),
    );
  });
});
