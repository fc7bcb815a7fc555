import type { CoverageLayer } from '../coverage/coverageLayer.ts';
import type { PopulationPoint, Village } from '../model.ts';
import { measurePrepared, prepareVillage, type PreparedVillage, type VillageMeasure } from './measureVillage.ts';

/** A village ready to be measured: an area's prepared scanlines, or the centre of a village known only by it. */
export type ReadyVillage = { kind: 'area'; prepared: PreparedVillage } | { kind: 'point'; lon: number; lat: number };

export function readyVillage(village: Village, points: readonly PopulationPoint[]): ReadyVillage {
  if (village.geometry.type !== 'Point') return { kind: 'area', prepared: prepareVillage(village.geometry, points) };
  const [lon, lat] = village.geometry.coordinates as [number, number];
  return { kind: 'point', lon, lat };
}

/** A village's shares: an area measured by `measureVillage`, a point covered (100) or not (0), with no area. */
export function measureReady(ready: ReadyVillage, layers: readonly (CoverageLayer | null)[]): VillageMeasure {
  if (ready.kind === 'area') return measurePrepared(ready.prepared, layers);
  return { areaKm2: 0, weighting: 'area', pct: layers.map((layer) => (layer ? (layer.covers(ready.lon, ready.lat) ? 100 : 0) : null)) };
}

/**
 * The one measure of a village's shares, for the full computation and for incremental edits alike. Does not
 * mutate its input.
 */
export function measureVillageShares(village: Village, layers: readonly (CoverageLayer | null)[], points: readonly PopulationPoint[]): VillageMeasure {
  return measureReady(readyVillage(village, points), layers);
}
