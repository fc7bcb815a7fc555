import { provinceFromCommunes } from '../dataset/province.ts';
import { applyEstimate, type VillageEstimate } from '../dataset/villageEstimate.ts';
import { createEmptyDataset, type Dataset } from '../model.ts';
import { crossCheckLayers, type LayerWarnings } from './crossCheckLayers.ts';
import type { LayerData } from './importLayer.ts';
import { withLayers } from './withLayers.ts';

/**
 * A user's province from its layers alone, as the app's worker keeps it, the command line reads files and the
 * server reads published rows: each layer in place of its kind and every kind not given empty, never the demo's
 * (`withLayers`: villages given as points get estimated areas, or those of `estimate` when it was kept); the
 * province named from the commune codes (`provinceFromCommunes`); and `warnings`, what the layers say about each
 * other (`crossCheckLayers`, on the villages as imported). Does not mutate its input.
 */
export function datasetFromLayers(
  layers: readonly LayerData[],
  options: { estimate?: VillageEstimate | null } = {},
): { dataset: Dataset; warnings: LayerWarnings } {
  const imported = createEmptyDataset(provinceFromCommunes([]));
  for (const layer of layers) {
    if (layer.kind === 'communes') imported.communes = layer.communes;
    else if (layer.kind === 'villages') imported.villages = layer.villages;
    else if (layer.kind === 'stations') imported.stations = layer.stations;
  }
  const warnings = crossCheckLayers(imported);
  const base = createEmptyDataset(provinceFromCommunes(imported.communes.map((c) => c.code)));
  const { estimate } = options;
  if (!estimate) return { dataset: withLayers(base, layers), warnings };
  // The kept estimate as it was made: estimating the villages it left as points again would give them cells of their own.
  const dataset = withLayers(base, layers.filter((l) => l.kind !== 'villages'));
  dataset.villages = applyEstimate(imported.villages, estimate);
  return { dataset, warnings };
}
