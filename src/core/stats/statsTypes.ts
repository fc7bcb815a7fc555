import type { MeasuredTech, Site } from '../model.ts';

/** What a share is measured for: the radio technologies and fixed fibre. */
export const COVERAGE_KEYS = ['4G', '5G', '6G', 'fibre'] as const;
export type CoverageKey = (typeof COVERAGE_KEYS)[number];
export type MeasuredTechOrFibre = MeasuredTech | 'fibre';

export const DEFAULT_THRESHOLD_PCT = 95;

/** Whether each share reaches the threshold: the one definition of a covered village. */
export function coveredAt(pct: Record<CoverageKey, number>, thresholdPct: number): Record<CoverageKey, boolean> {
  const covered = {} as Record<CoverageKey, boolean>;
  for (const key of COVERAGE_KEYS) covered[key] = pct[key] >= thresholdPct;
  return covered;
}

/** Coverage figures of one village. Percentages are 0-100. */
export interface VillageStats {
  id: string;
  name: string;
  communeCode: string;
  population: number;
  areaKm2: number;
  /** Covered share of the village (of its people when `weighting` is 'population', else of its area). */
  pct: Record<CoverageKey, number>;
  /** Covered when `pct` >= the threshold. */
  covered: Record<CoverageKey, boolean>;
  weighting: 'population' | 'area';
}

/** Figures shared by a commune and the province. */
export interface AreaStats {
  villages: number;
  population: number;
  areaKm2: number;
  /** Population-weighted share of the villages (area-weighted where no village has people), percent. */
  pct: Record<CoverageKey, number>;
  villagesCovered: Record<CoverageKey, number>;
  /** Share of villages covered, percent (0 when there are no villages). */
  villagesCoveredPct: Record<CoverageKey, number>;
  stations: number;
  sites: number;
  sharedSites: number;
  /** Shared sites / sites, percent (0 when there are no sites). */
  sharingPct: number;
}

export interface CommuneStats extends AreaStats {
  code: string;
  name: string;
}

export interface StatsResult {
  thresholdPct: number;
  colocateM: number;
  /** 'layer' when fibre comes from loaded routes and access points, 'flag' from the villages' `fibre` flags. */
  fibreSource: 'layer' | 'flag';
  villages: VillageStats[];
  communes: CommuneStats[];
  province: AreaStats;
  /** Sites with `communeCode` set by where the site stands (null outside every commune). */
  sites: Site[];
}
