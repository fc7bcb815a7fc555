import type { Dataset, PopulationPoint } from '../model.ts';
import { AreaLocator } from './areaLocator.ts';

/** The population points inside each village (a point in two overlapping villages counts in both). */
export function assignPoints(dataset: Pick<Dataset, 'villages' | 'populationPoints'>): PopulationPoint[][] {
  const out: PopulationPoint[][] = dataset.villages.map(() => []);
  if (dataset.populationPoints.length === 0) return out;
  const areas = dataset.villages.map((v) => (v.geometry.type === 'Point' ? null : v.geometry));
  const locator = new AreaLocator(areas);
  for (const p of dataset.populationPoints) for (const i of locator.locateAll(p.lon, p.lat)) out[i]!.push(p);
  return out;
}
