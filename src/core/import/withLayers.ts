import type { Dataset } from '../model.ts';
import { estimateVillageAreas } from './estimateVillageAreas.ts';
import type { LayerData } from './importLayer.ts';

/**
 * `base` with each imported layer in place of its layer of that kind (a later layer of a kind wins), and villages
 * known only by a centre point given an estimated boundary inside their commune (`estimateVillageAreas`). The app's
 * worker, the command line and the server all build a province here (through `datasetFromLayers`), so all estimate
 * the same way; the worker keeps its estimate and passes the villages already estimated. Returns a new data set;
 * mutates neither argument.
 */
export function withLayers(base: Dataset, layers: readonly LayerData[]): Dataset {
  const out = { ...base };
  for (const layer of layers) {
    switch (layer.kind) {
      case 'stations': out.stations = layer.stations; break;
      case 'communes': out.communes = layer.communes; break;
      case 'villages': out.villages = layer.villages; break;
      case 'coverage': out.coverage = layer.coverage; break;
      case 'fibre': out.fibre = layer.fibre; break;
      case 'population': out.populationPoints = layer.populationPoints; break;
    }
  }
  out.villages = estimateVillageAreas(out.villages, out.communes);
  return out;
}
