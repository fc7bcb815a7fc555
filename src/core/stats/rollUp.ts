import type { Site } from '../model.ts';
import { isShared } from '../sites/groupSites.ts';
import { COVERAGE_KEYS, type AreaStats, type CoverageKey, type VillageStats } from './statsTypes.ts';

/**
 * Totals for a group of villages (a commune or the province) with its station count and sites. Each key's share
 * is over the villages with data for it, weighted by their population, or by area where none of them has people
 * (equally where they have neither); null when no village has data. Does not mutate its input.
 */
export function rollUp(villages: readonly VillageStats[], stations: number, sites: readonly Site[]): AreaStats {
  const pct = {} as Record<CoverageKey, number | null>;
  const villagesCovered = {} as Record<CoverageKey, number | null>;
  const villagesCoveredPct = {} as Record<CoverageKey, number | null>;
  for (const key of COVERAGE_KEYS) {
    const known = villages.filter((v) => v.pct[key] !== null);
    if (known.length === 0) {
      pct[key] = villagesCovered[key] = villagesCoveredPct[key] = null;
      continue;
    }
    const people = sum(known, (v) => v.population);
    const weightOf = (v: VillageStats) => (people > 0 ? v.population : v.areaKm2);
    const weight = people > 0 ? people : sum(known, (v) => v.areaKm2);
    // Villages known by a point alone and without people weigh nothing: they count alike then.
    pct[key] = weight > 0 ? sum(known, (v) => weightOf(v) * v.pct[key]!) / weight : sum(known, (v) => v.pct[key]!) / known.length;
    villagesCovered[key] = known.filter((v) => v.covered[key]).length;
    villagesCoveredPct[key] = (100 * villagesCovered[key]) / known.length;
  }
  const sharedSites = sites.filter(isShared).length;
  return {
    villages: villages.length,
    population: sum(villages, (v) => v.population),
    areaKm2: sum(villages, (v) => v.areaKm2),
    pct,
    villagesCovered,
    villagesCoveredPct,
    stations,
    sites: sites.length,
    sharedSites,
    sharingPct: sites.length > 0 ? (100 * sharedSites) / sites.length : null,
  };
}

function sum<T>(items: readonly T[], value: (item: T) => number): number {
  let s = 0;
  for (const item of items) s += value(item);
  return s;
}
