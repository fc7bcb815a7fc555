import type { CoverageLayer } from '../coverage/coverageLayer.ts';
import type { PopulationPoint, Village } from '../model.ts';
import { measureVillage, type VillageMeasure } from './measureVillage.ts';

/**
 * `measureVillage` for any village: one known only by its centre point is covered (100) or not (0) there, with
 * no area. The one measure of a village's shares, for the full computation and for incremental edits alike.
 * Does not mutate its input.
 */
export function measureVillageShares(village: Village, layers: readonly (CoverageLayer | null)[], points: readonly PopulationPoint[]): VillageMeasure {
  if (village.geometry.type !== 'Point') return measureVillage(village.geometry, layers, points);
  const [lon, lat] = village.geometry.coordinates as [number, number];
  return { areaKm2: 0, weighting: 'area', pct: layers.map((layer) => (layer ? (layer.covers(lon, lat) ? 100 : 0) : null)) };
}
