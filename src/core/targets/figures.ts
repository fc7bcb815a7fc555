/**
 * What the plan evaluation needs from the map: the stats engine's village and site records (the fields it
 * reads) and the threshold behind the covered flags. Village households come from the village list.
 */
import type { Site, Village } from '../model.ts';
import type { StatsResult, VillageStats } from '../stats/statsTypes.ts';

/** A village as the engine measured it (percent 0-100 and covered flags per `CoverageKey`), with its households. */
export type FigureVillage = Pick<VillageStats, 'id' | 'name' | 'communeCode' | 'population' | 'pct' | 'covered'> & Pick<Village, 'households'>;

/** A physical site (tower or location); shared when two or more distinct operators use it. */
export type FigureSite = Pick<Site, 'id' | 'communeCode' | 'operators'>;

export interface MeasuredFigures extends Pick<StatsResult, 'thresholdPct'> {
  villages: readonly FigureVillage[];
  sites: readonly FigureSite[];
}
