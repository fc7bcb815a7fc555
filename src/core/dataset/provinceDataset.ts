import type { LayerData } from '../import/importLayer.ts';
import { withLayers } from '../import/withLayers.ts';
import { createEmptyDataset, type Dataset } from '../model.ts';
import { provinceFromCommunes } from './province.ts';

/**
 * A user's province from its imported layers alone: every kind not given is empty (never the demo's), and the
 * province is named from the commune codes. What the app's worker and the command line both compute on.
 * Does not mutate its input.
 */
export function provinceDataset(layers: readonly LayerData[]): Dataset {
  const communes = layers.filter((l) => l.kind === 'communes').at(-1);
  const codes = communes?.kind === 'communes' ? communes.communes.map((c) => c.code) : [];
  return withLayers(createEmptyDataset(provinceFromCommunes(codes)), layers);
}
