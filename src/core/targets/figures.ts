/**
 * What the plan evaluation needs from the map: one record per village and one per site. The stats engine's
 * result maps onto this directly (village households come from the village list).
 */

/** Coverage measured per village: the radio technologies the plans name, and fixed fibre. */
export type FigureKey = '4G' | '5G' | '6G' | 'fibre';

export interface FigureVillage {
  id: string;
  name: string;
  communeCode: string;
  population: number;
  households: number;
  /** Covered share of the village's people (or area, where no people are loaded), percent 0-100. */
  pct: Record<FigureKey, number>;
  /** Whether the village counts as covered: `pct` reaches the user's threshold. */
  covered: Record<FigureKey, boolean>;
}

/** A physical site (tower or location); shared when two or more distinct operators use it. */
export interface FigureSite {
  id: string;
  communeCode: string | null;
  operators: readonly string[];
}

export interface MeasuredFigures {
  villages: readonly FigureVillage[];
  sites: readonly FigureSite[];
  /** The threshold (percent) behind `covered`, reported with the results. */
  thresholdPct: number;
}
