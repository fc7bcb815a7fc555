import type { Site } from '../model.ts';
import { isShared } from '../sites/groupSites.ts';
import { COVERAGE_KEYS, type AreaStats, type CoverageKey, type VillageStats } from './statsTypes.ts';

const zeros = () => Object.fromEntries(COVERAGE_KEYS.map((k) => [k, 0])) as Record<CoverageKey, number>;

/**
 * The running sums a roll-up is made of. Villages can be added and taken out again (`sign` -1), so a what-if
 * edit updates the province's sums by the villages it changed instead of summing them all again.
 */
export class RollUpSums {
  villages = 0;
  population = 0;
  areaKm2 = 0;
  /** Sum of population x share, and of area x share, per key. */
  readonly byPeople = zeros();
  readonly byArea = zeros();
  readonly covered = zeros();

  add(v: VillageStats, sign: 1 | -1 = 1): void {
    this.villages += sign;
    this.population += sign * v.population;
    this.areaKm2 += sign * v.areaKm2;
    for (const key of COVERAGE_KEYS) {
      this.byPeople[key] += sign * v.population * v.pct[key];
      this.byArea[key] += sign * v.areaKm2 * v.pct[key];
      if (v.covered[key]) this.covered[key] += sign;
    }
  }
}

/**
 * The figures of an area from its villages' sums, its station count and its sites (all, and shared). Shares are
 * weighted by village population, or by area where the villages have no people.
 */
export function finishRollUp(sums: RollUpSums, stations: number, sites: number, sharedSites: number): AreaStats {
  const byPeople = sums.population > 0;
  const weight = byPeople ? sums.population : sums.areaKm2;
  const pct = zeros();
  const villagesCovered = zeros();
  const villagesCoveredPct = zeros();
  for (const key of COVERAGE_KEYS) {
    pct[key] = weight > 0 ? (byPeople ? sums.byPeople[key] : sums.byArea[key]) / weight : 0;
    villagesCovered[key] = sums.covered[key];
    villagesCoveredPct[key] = sums.villages > 0 ? (100 * sums.covered[key]) / sums.villages : 0;
  }
  return {
    villages: sums.villages,
    population: sums.population,
    areaKm2: sums.areaKm2,
    pct,
    villagesCovered,
    villagesCoveredPct,
    stations,
    sites,
    sharedSites,
    sharingPct: sites > 0 ? (100 * sharedSites) / sites : 0,
  };
}

/**
 * Totals for a group of villages (a commune or the province) with its station count and sites. Shares are
 * weighted by village population, or by area where the villages have no people. Does not mutate its input.
 */
export function rollUp(villages: readonly VillageStats[], stations: number, sites: readonly Site[]): AreaStats {
  const sums = new RollUpSums();
  for (const v of villages) sums.add(v);
  return finishRollUp(sums, stations, sites.length, sites.filter(isShared).length);
}
