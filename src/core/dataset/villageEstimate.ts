import { estimateVillageAreas } from '../import/estimateVillageAreas.ts';
import type { Area, Commune, Village } from '../model.ts';

/**
 * The estimated boundaries of a village list's point villages inside a communes layer, kept so the estimate is
 * computed once per import and not on every load: one entry per village, in the list's order (null where the
 * village keeps its own geometry), tied to the ids of the two layers it was computed from.
 */
export interface VillageEstimate {
  villagesId: string;
  communesId: string;
  geometries: (Area | null)[];
}

/**
 * Estimates the boundaries of `villages` (layer `villagesId`) inside `communes` (layer `communesId`), with
 * progress in point villages done out of all.
 */
export function estimateVillages(
  villages: readonly Village[],
  villagesId: string,
  communes: readonly Commune[],
  communesId: string,
  onProgress?: (done: number, total: number) => void,
): VillageEstimate {
  const estimated = estimateVillageAreas(villages, communes, onProgress ? { onProgress } : {});
  return {
    villagesId,
    communesId,
    geometries: estimated.map((v, i) => (v.areaEstimated && v !== villages[i] ? (v.geometry as Area) : null)),
  };
}

/** `villages` with the estimate's boundaries put in (marked `areaEstimated`). Does not mutate its input. */
export function applyEstimate(villages: readonly Village[], estimate: VillageEstimate): Village[] {
  return villages.map((v, i) => {
    const geometry = estimate.geometries[i];
    return geometry && v.geometry.type === 'Point' ? { ...v, geometry, areaEstimated: true } : v;
  });
}

/** Whether any village is known by a point only and lies in a loaded commune: what an estimate works on. */
export function needsEstimate(villages: readonly Village[], communes: readonly Commune[]): boolean {
  const codes = new Set(communes.map((c) => c.code));
  return villages.some((v) => v.geometry.type === 'Point' && codes.has(v.communeCode));
}
