import type { Site } from '../model.ts';
import { isShared } from '../sites/groupSites.ts';
import { COVERAGE_KEYS, type AreaStats, type CoverageKey, type VillageStats } from './statsTypes.ts';

const zeros = () => Object.fromEntries(COVERAGE_KEYS.map((k) => [k, 0])) as Record<CoverageKey, number>;

/**
 * The running sums a roll-up is made of. Villages can be added and taken out again (`sign` -1), so a what-if
 * edit updates the province's sums by the villages it changed instead of summing them all again. Each key's sums
 * are over the villages with data for it.
 */
export class RollUpSums {
  villages = 0;
  population = 0;
  areaKm2 = 0;
  /** Per key, over the villages with data for it: how many, their people and area, and their shares summed plain, by people and by area. */
  readonly known = zeros();
  readonly knownPeople = zeros();
  readonly knownArea = zeros();
  readonly plain = zeros();
  readonly byPeople = zeros();
  readonly byArea = zeros();
  readonly covered = zeros();

  add(v: VillageStats, sign: 1 | -1 = 1): void {
    this.villages += sign;
    this.population += sign * v.population;
    this.areaKm2 += sign * v.areaKm2;
    for (const key of COVERAGE_KEYS) {
      const pct = v.pct[key];
      if (pct === null) continue;
      this.known[key] += sign;
      this.knownPeople[key] += sign * v.population;
      this.knownArea[key] += sign * v.areaKm2;
      this.plain[key] += sign * pct;
      this.byPeople[key] += sign * v.population * pct;
      this.byArea[key] += sign * v.areaKm2 * pct;
      if (v.covered[key]) this.covered[key] += sign;
    }
  }
}

/**
 * The figures of an area from its villages' sums, its station count and its sites (all, and shared). Each key's
 * share is over the villages with data for it, weighted by their population, or by area where none of them has
 * people (equally where they have neither: villages known by a point alone and without people); null when no
 * village has data.
 */
export function finishRollUp(sums: RollUpSums, stations: number, sites: number, sharedSites: number): AreaStats {
  const pct = {} as Record<CoverageKey, number | null>;
  const villagesCovered = {} as Record<CoverageKey, number | null>;
  const villagesCoveredPct = {} as Record<CoverageKey, number | null>;
  for (const key of COVERAGE_KEYS) {
    const known = sums.known[key];
    if (known <= 0) {
      pct[key] = villagesCovered[key] = villagesCoveredPct[key] = null;
      continue;
    }
    const people = sums.knownPeople[key];
    const area = sums.knownArea[key];
    pct[key] = people > 0 ? sums.byPeople[key] / people : area > 0 ? sums.byArea[key] / area : sums.plain[key] / known;
    villagesCovered[key] = sums.covered[key];
    villagesCoveredPct[key] = (100 * sums.covered[key]) / known;
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
    sharingPct: sites > 0 ? (100 * sharedSites) / sites : null,
  };
}

/**
 * Totals for a group of villages (a commune or the province) with its station count and sites (see
 * `finishRollUp`). Does not mutate its input.
 */
export function rollUp(villages: readonly VillageStats[], stations: number, sites: readonly Site[]): AreaStats {
  const sums = new RollUpSums();
  for (const v of villages) sums.add(v);
  return finishRollUp(sums, stations, sites.length, sites.filter(isShared).length);
}
