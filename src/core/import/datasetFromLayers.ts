import { createEmptyDataset, type Dataset } from '../model.ts';
import { inferProvinceCode } from '../targets/inferProvinceCode.ts';
import { crossCheckLayers, type LayerWarnings } from './crossCheckLayers.ts';
import type { LayerData } from './importLayer.ts';
import { withLayers } from './withLayers.ts';

/**
 * A province's data set from its layers, as the command line reads files and the server reads published rows:
 * each layer in place of its kind (`withLayers`: villages given as points get estimated areas), the province code
 * inferred from the commune codes (empty when it cannot be), and `warnings`, what the layers say about each other
 * (`crossCheckLayers`, on the villages as imported).
 */
export function datasetFromLayers(layers: readonly LayerData[]): { dataset: Dataset; warnings: LayerWarnings } {
  const empty = createEmptyDataset({ code: '', name: '', nameEn: '', isDemo: false });
  const imported = { ...empty };
  for (const layer of layers) {
    if (layer.kind === 'communes') imported.communes = layer.communes;
    else if (layer.kind === 'villages') imported.villages = layer.villages;
    else if (layer.kind === 'stations') imported.stations = layer.stations;
  }
  const warnings = crossCheckLayers(imported);
  const dataset = withLayers(empty, layers);
  dataset.province.code = inferProvinceCode(dataset.communes.map((c) => c.code)) ?? '';
  return { dataset, warnings };
}
