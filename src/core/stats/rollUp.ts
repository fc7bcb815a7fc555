import type { Site } from '../model.ts';
import { isShared } from '../sites/groupSites.ts';
import { COVERAGE_KEYS, type AreaStats, type CoverageKey, type VillageStats } from './statsTypes.ts';

/**
 * Totals for a group of villages (a commune or the province) with its station count and sites. Shares are
 * weighted by village population, or by area where the villages have no people. Does not mutate its input.
 */
export function rollUp(villages: readonly VillageStats[], stations: number, sites: readonly Site[]): AreaStats {
  const population = villages.reduce((sum, v) => sum + v.population, 0);
  const areaKm2 = villages.reduce((sum, v) => sum + v.areaKm2, 0);
  const weightOf = (v: VillageStats) => (population > 0 ? v.population : v.areaKm2);
  const weight = population > 0 ? population : areaKm2;
  const pct = {} as Record<CoverageKey, number>;
  const villagesCovered = {} as Record<CoverageKey, number>;
  const villagesCoveredPct = {} as Record<CoverageKey, number>;
  for (const key of COVERAGE_KEYS) {
    pct[key] = weight > 0 ? villages.reduce((sum, v) => sum + weightOf(v) * v.pct[key], 0) / weight : 0;
    villagesCovered[key] = villages.filter((v) => v.covered[key]).length;
    villagesCoveredPct[key] = villages.length > 0 ? (100 * villagesCovered[key]) / villages.length : 0;
  }
  const sharedSites = sites.filter(isShared).length;
  return {
    villages: villages.length,
    population,
    areaKm2,
    pct,
    villagesCovered,
    villagesCoveredPct,
    stations,
    sites: sites.length,
    sharedSites,
    sharingPct: sites.length > 0 ? (100 * sharedSites) / sites.length : 0,
  };
}
