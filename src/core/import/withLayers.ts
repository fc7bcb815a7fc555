import type { Dataset } from '../model.ts';
import { estimateByCommune } from './estimateByCommune.ts';
import type { LayerData } from './importLayer.ts';

/**
 * `base` with each imported layer in place of its layer of that kind (a later layer of a kind wins), and villages
 * known only by a centre point given an estimated boundary inside their commune (`estimateByCommune`). The app and
 * the command line both build a province's data set here, so both estimate the same way (the app's worker keeps
 * the estimate, so the villages it passes are already estimated and this costs nothing then). Returns a new data
 * set; mutates neither argument.
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
  out.villages = estimateByCommune(out.villages, out.communes);
  return out;
}
