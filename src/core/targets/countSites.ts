import type { Site } from '../model.ts';
import type { SiteCount } from './figures.ts';

/**
 * The sites counted per commune (by `communeCode`, null for those outside every commune), communes in the order
 * their first site comes. Does not mutate `sites`.
 */
export function countSites(sites: readonly Site[]): SiteCount[] {
  const counts = new Map<string | null, SiteCount>();
  for (const site of sites) {
    let count = counts.get(site.communeCode);
    if (!count) counts.set(site.communeCode, (count = { communeCode: site.communeCode, sites: 0, shared: 0, perOperator: {} }));
    // Distinct operators: a site listing one operator twice is not shared.
    const operators = new Set(site.operators);
    count.sites++;
    if (operators.size >= 2) count.shared++;
    for (const op of operators) count.perOperator[op] = (count.perOperator[op] ?? 0) + 1;
  }
  return [...counts.values()];
}

/** The counts of several communes (or all) added up into one, with `communeCode` null. Does not mutate its input. */
export function totalSites(counts: readonly SiteCount[]): SiteCount {
  const total: SiteCount = { communeCode: null, sites: 0, shared: 0, perOperator: {} };
  for (const c of counts) {
    total.sites += c.sites;
    total.shared += c.shared;
    for (const [op, n] of Object.entries(c.perOperator)) total.perOperator[op] = (total.perOperator[op] ?? 0) + n;
  }
  return total;
}
