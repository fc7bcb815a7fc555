import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/core/model.ts';
import { countSites, totalSites } from '../../src/core/targets/countSites.ts';

function createSite(id: string, communeCode: string | null, operators: string[]): Site {
  return { id, lon: 106, lat: 21, stationIds: [id], operators, communeCode };
}

describe('countSites (what the commune view and the sharing target read)', () => {
  it('counts each commune\'s sites, shared sites and sites per operator; sites outside every commune apart', () => {
    const counts = countSites([
      createSite('a', 'X', ['VNPT', 'Viettel']),
      createSite('b', 'Y', ['Viettel']),
      createSite('c', 'X', ['MobiFone']),
      createSite('d', null, ['Viettel', 'MobiFone']),
    ]);
    expect(counts).toEqual([
      { communeCode: 'X', sites: 2, shared: 1, perOperator: { VNPT: 1, Viettel: 1, MobiFone: 1 } },
      { communeCode: 'Y', sites: 1, shared: 0, perOperator: { Viettel: 1 } },
      { communeCode: null, sites: 1, shared: 1, perOperator: { Viettel: 1, MobiFone: 1 } },
    ]);
  });

  it('does not count a site with one operator listed twice as shared, nor twice for that operator', () => {
    expect(countSites([createSite('x', 'X', ['Viettel', 'Viettel'])])).toEqual([
      { communeCode: 'X', sites: 1, shared: 0, perOperator: { Viettel: 1 } },
    ]);
  });

  it('adds up to the same totals as counting all the sites at once (property)', () => {
    const site = fc.record({
      commune: fc.constantFrom('X', 'Y', 'Z', null),
      operators: fc.subarray(['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'], { minLength: 1 }),
    });
    fc.assert(
      fc.property(fc.array(site, { maxLength: 40 }), (specs) => {
        const sites = specs.map((s, i) => createSite(`s${i}`, s.commune, s.operators));
        const total = totalSites(countSites(sites));
        expect(total.sites).toBe(sites.length);
        expect(total.shared).toBe(sites.filter((s) => s.operators.length >= 2).length);
        expect(Object.values(total.perOperator).reduce((a, b) => a + b, 0)).toBe(sites.reduce((n, s) => n + s.operators.length, 0));
      }),
    );
  });
});
