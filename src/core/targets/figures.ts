/**
 * What the plan evaluation needs from the map: the stats engine's village records (the fields it reads), its
 * sites counted per commune, and the threshold behind the covered flags. Village households come from the
 * village list.
 */
import type { Site, Village } from '../model.ts';
import type { StatsResult, VillageStats } from '../stats/statsTypes.ts';

/** A village as the engine measured it (percent 0-100 and covered flags per `CoverageKey`), with its households. */
export type FigureVillage = Pick<VillageStats, 'id' | 'name' | 'communeCode' | 'population' | 'pct' | 'covered'> & Pick<Village, 'households'>;

/**
 * The physical sites (towers or locations) standing in one commune, counted: the page needs counts, and one
 * record per site was 180,000 objects to hand it after a big import.
 */
export interface SiteCount {
  /** Null for the sites outside every commune. */
  communeCode: Site['communeCode'];
  sites: number;
  /** Sites used by two or more distinct operators. */
  shared: number;
  /** Sites each operator uses, by operator name (a shared site counts for each of its operators). */
  perOperator: Record<string, number>;
}

export interface MeasuredFigures extends Pick<StatsResult, 'thresholdPct'> {
  villages: readonly FigureVillage[];
  /** At most one entry per commune code. */
  siteCounts: readonly SiteCount[];
}
