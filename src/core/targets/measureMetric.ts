import { countMeets, countToTarget } from './counts.ts';
import { totalSites } from './countSites.ts';
import type { CoverageKey } from '../stats/statsTypes.ts';
import type { FigureVillage, MeasuredFigures } from './figures.ts';
import type { Comparison, MeasuredMetric } from './plan.ts';

/** A village in a gap list, with the people it leaves uncovered for the technology concerned. */
export interface GapVillage extends Pick<FigureVillage, 'id' | 'name' | 'communeCode' | 'population' | 'households'> {
  /** Covered share for the technology, percent. */
  pct: number;
  /** People outside coverage: population × (100 − pct) / 100, rounded to whole people. */
  uncoveredPeople: number;
}

/**
 * A gap in units a person can act on. `toTarget` is what it takes to meet the target: villages, people, sites
 * or households still to cover (0 when met). Village lists are ordered most people first.
 */
export type Gap =
  | { kind: 'villages'; tech: '4G' | 'fibre'; villages: GapVillage[]; toTarget: number }
  | { kind: 'people'; tech: '5G' | '6G'; lacking: number; toTarget: number; villages: GapVillage[] }
  | { kind: 'sites'; sites: number; shared: number; unshared: number; toTarget: number }
  | { kind: 'households'; lacking: number; toTarget: number; villages: GapVillage[] }
  | { kind: 'deadZones'; people: number; toTarget: number; villages: GapVillage[] };

export interface Measurement {
  /**
   * Percent; null when there is nothing to measure (no villages, no people, no sites) or no data to measure it with
   * (no stations for 4G/5G/6G, no fibre layer or flags for fibre): counted over the villages with data only.
   */
  value: number | null;
  /** Null when there is no value or no target. */
  met: boolean | null;
  /** Null when there is no value or no target. */
  gap: Gap | null;
}

/**
 * Measures one metric on the figures and, when a target is given (percent), whether it is met and the gap.
 * Counts (villages, whole people, households, sites) give the value and decide `met`, so the value, status
 * and gap always agree.
 * Does not mutate its input.
 */
export function measureMetric(
  metric: MeasuredMetric,
  figures: MeasuredFigures,
  target: number | null,
  comparison: Comparison = 'atLeast',
): Measurement {
  const judge = (count: number, total: number, gap: (toTarget: number) => Gap): Measurement => {
    if (total === 0) return { value: null, met: null, gap: null };
    const value = (count * 100) / total;
    if (target === null) return { value, met: null, gap: null };
    return { value, met: countMeets(count, total, target, comparison), gap: gap(countToTarget(count, total, target, comparison)) };
  };

  switch (metric) {
    case 'villages_4g_pct':
    case 'villages_fibre_pct': {
      const tech = metric === 'villages_4g_pct' ? '4G' : 'fibre';
      const villages = withData(figures.villages, tech);
      const covered = villages.filter((v) => v.covered[tech]).length;
      return judge(covered, villages.length, (toTarget) => ({
        kind: 'villages',
        tech,
        villages: gapVillages(below(villages, tech), tech, false),
        toTarget,
      }));
    }
    case 'population_5g_pct':
    case 'population_6g_pct': {
      const tech = metric === 'population_5g_pct' ? '5G' : '6G';
      const villages = withData(figures.villages, tech);
      const { total, uncovered } = people(villages, tech);
      return judge(total - uncovered, total, (toTarget) => ({
        kind: 'people',
        tech,
        lacking: uncovered,
        toTarget,
        villages: gapVillages(below(villages, tech), tech, true),
      }));
    }
    case 'population_no_mobile_pct': {
      const villages = withData(figures.villages, '4G');
      const { total, uncovered } = people(villages, '4G');
      return judge(uncovered, total, (toTarget) => ({ kind: 'deadZones', people: uncovered, toTarget, villages: gapVillages(below(villages, '4G'), '4G', true) }));
    }
    case 'households_fibre_access_pct': {
      const villages = withData(figures.villages, 'fibre');
      const total = sum(villages.map((v) => v.households));
      const covered = sum(villages.filter((v) => v.covered.fibre).map((v) => v.households));
      return judge(covered, total, (toTarget) => ({
        kind: 'households',
        lacking: total - covered,
        toTarget,
        villages: gapVillages(below(villages, 'fibre').filter((v) => v.households > 0), 'fibre', false),
      }));
    }
    case 'site_sharing_pct': {
      const { sites, shared } = totalSites(figures.siteCounts);
      return judge(shared, sites, (toTarget) => ({ kind: 'sites', sites, shared, unshared: sites - shared, toTarget }));
    }
  }
}

/**
 * The villages not yet covered at the threshold: those above it still leave a few people out (counted in the
 * gap), but listing them would send a planner to villages the plan already counts as covered.
 */
function below<T extends FigureVillage>(villages: readonly T[], tech: CoverageKey): T[] {
  return villages.filter((v) => !v.covered[tech]);
}

/** The villages measured for `key` (those without data for it are left out of every count). */
function withData(villages: readonly FigureVillage[], key: CoverageKey): MeasuredVillage[] {
  return villages.filter((v): v is MeasuredVillage => v.pct[key] !== null);
}

/** A village with a share for the key it is counted for. */
type MeasuredVillage = FigureVillage & { pct: Record<CoverageKey, number> };

/** Whole people in the villages and whole people outside coverage of `tech`. */
function people(villages: readonly MeasuredVillage[], tech: CoverageKey): { total: number; uncovered: number } {
  const total = Math.round(sum(villages.map((v) => v.population)));
  const uncovered = Math.round(sum(villages.map((v) => uncoveredPeople(v, tech))));
  return { total, uncovered: Math.min(total, uncovered) };
}

function uncoveredPeople(v: MeasuredVillage, tech: CoverageKey): number {
  return (v.population * (100 - Math.min(100, Math.max(0, v.pct[tech])))) / 100;
}

/** The villages as gap entries, most uncovered people first; with `peopleOnly`, only those leaving someone uncovered. */
function gapVillages(villages: readonly MeasuredVillage[], tech: CoverageKey, peopleOnly: boolean): GapVillage[] {
  return villages
    .map((v) => ({
      id: v.id,
      name: v.name,
      communeCode: v.communeCode,
      population: v.population,
      households: v.households,
      pct: v.pct[tech],
      uncoveredPeople: Math.round(uncoveredPeople(v, tech)),
    }))
    .filter((v) => !peopleOnly || v.uncoveredPeople > 0)
    .sort((a, b) => b.uncoveredPeople - a.uncoveredPeople || b.population - a.population || (a.id < b.id ? -1 : 1));
}

function sum(values: readonly number[]): number {
  let s = 0;
  for (const v of values) s += v;
  return s;
}
