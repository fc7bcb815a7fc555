import type { MeasuredTech, Site } from '../model.ts';

/** What a share is measured for: the radio technologies and fixed fibre. */
export const COVERAGE_KEYS = ['4G', '5G', '6G', 'fibre'] as const;
export type CoverageKey = (typeof COVERAGE_KEYS)[number];
export type MeasuredTechOrFibre = MeasuredTech | 'fibre';

export const DEFAULT_THRESHOLD_PCT = 95;

/** Whether each share reaches the threshold: the one definition of a covered village; null where there is no data. */
export function coveredAt(pct: Record<CoverageKey, number | null>, thresholdPct: number): Record<CoverageKey, boolean | null> {
  const covered = {} as Record<CoverageKey, boolean | null>;
  for (const key of COVERAGE_KEYS) {
    const share = pct[key];
    covered[key] = share === null ? null : share >= thresholdPct;
  }
  return covered;
}

/**
 * Coverage figures of one village. Percentages are 0-100; null means no data: no stations or coverage areas are
 * loaded (4G/5G/6G), or neither a fibre layer nor the village's own fibre flag is known (fibre).
 */
export interface VillageStats {
  id: string;
  name: string;
  communeCode: string;
  population: number;
  areaKm2: number;
  /** Covered share of the village (of its people when `weighting` is 'population', else of its area). */
  pct: Record<CoverageKey, number | null>;
  /** Covered when `pct` >= the threshold; null where `pct` is. */
  covered: Record<CoverageKey, boolean | null>;
  weighting: 'population' | 'area';
}

/** Figures shared by a commune and the province. Null figures have no data behind them (never read as 0). */
export interface AreaStats {
  villages: number;
  population: number;
  areaKm2: number;
  /**
   * Population-weighted share of the villages with data (area-weighted where none of them has people), percent;
   * null when no village has data for the key.
   */
  pct: Record<CoverageKey, number | null>;
  /** Villages covered, among those with data; null when none has data. */
  villagesCovered: Record<CoverageKey, number | null>;
  /** Share of the villages with data that are covered, percent; null when none has data. */
  villagesCoveredPct: Record<CoverageKey, number | null>;
  stations: number;
  sites: number;
  sharedSites: number;
  /** Shared sites / sites, percent; null when there are no sites. */
  sharingPct: number | null;
}

export interface CommuneStats extends AreaStats {
  code: string;
  name: string;
}

/** Where the fibre shares come from: a loaded fibre layer, the villages' own flags, or nothing (no data). */
export type FibreSource = 'layer' | 'flag' | null;

export interface StatsResult {
  thresholdPct: number;
  colocateM: number;
  /** 'layer' when fibre comes from loaded routes and access points, 'flag' from the villages' `fibre` flags. */
  fibreSource: FibreSource;
  villages: VillageStats[];
  communes: CommuneStats[];
  province: AreaStats;
  /** Sites with `communeCode` set by where the site stands (null outside every commune). */
  sites: Site[];
}
