import type { Dataset } from '../model.ts';
import { estimateVillageAreas } from './estimateVillageAreas.ts';
import type { LayerData } from './importLayer.ts';

/**
 * `base` with each imported layer in place of its layer of that kind (a later layer of a kind wins), and villages
 * known only by a centre point given an estimated boundary inside their commune (`estimateVillageAreas`). The app
 * (imported layers over the demo) and the command line (files over an empty data set) both build their data set
 * here, so both estimate the same way. Returns a new data set; mutates neither argument.
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
