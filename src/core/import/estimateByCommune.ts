import type { Commune, Village } from '../model.ts';
import { estimateVillageAreas } from './estimateVillageAreas.ts';

/**
 * `estimateVillageAreas`, one commune at a time, calling `onProgress(done, total)` with the communes done out of
 * those that have villages to estimate: the cells of a commune depend on its own point villages only, so the answer
 * is the same, and a long estimate shows real progress. The app and the command line both estimate here.
 * Returns new villages (the input itself when none needs estimating); does not mutate its input.
 */
export function estimateByCommune(
  villages: readonly Village[],
  communes: readonly Commune[],
  onProgress?: (done: number, total: number) => void,
): Village[] {
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const groups = new Map<string, number[]>();
  villages.forEach((v, i) => {
    if (v.geometry.type !== 'Point' || !byCode.has(v.communeCode)) return;
    const list = groups.get(v.communeCode);
    if (list) list.push(i);
    else groups.set(v.communeCode, [i]);
  });
  if (groups.size === 0) return villages.slice();
  const out = villages.slice();
  let done = 0;
  onProgress?.(0, groups.size);
  for (const [code, members] of groups) {
    const estimated = estimateVillageAreas(members.map((i) => villages[i]!), [byCode.get(code)!]);
    members.forEach((i, k) => {
      out[i] = estimated[k]!;
    });
    onProgress?.(++done, groups.size);
  }
  return out;
}

/** Whether any village is known by a point only and lies in a loaded commune: what `estimateByCommune` works on. */
export function needsEstimate(villages: readonly Village[], communes: readonly Commune[]): boolean {
  const codes = new Set(communes.map((c) => c.code));
  return villages.some((v) => v.geometry.type === 'Point' && codes.has(v.communeCode));
}
