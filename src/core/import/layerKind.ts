import type { Field } from './headerAliases.ts';

export const LAYER_KINDS = ['stations', 'communes', 'villages', 'coverage', 'fibre', 'population'] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

/**
 * The fields each kind of layer reads. A row with an empty required field is rejected; `lat`/`lon` are required
 * only where the file has no geometry of its own (tables), and are then read from the columns.
 */
export const LAYER_FIELDS: Record<LayerKind, { required: readonly Field[]; optional: readonly Field[] }> = {
  stations: {
    required: ['stationId', 'operator', 'lat', 'lon', 'tech'],
    optional: ['towerId', 'heightM', 'radius4g', 'radius5g', 'radius6g', 'azimuths', 'beamwidthDeg', 'band', 'eirp4g', 'eirp5g', 'eirp6g', 'environment'],
  },
  communes: { required: ['communeCode', 'name'], optional: ['communeType', 'fullName'] },
  villages: {
    required: ['villageId', 'name', 'communeCode', 'lat', 'lon'],
    optional: ['population', 'households', 'fibre'],
  },
  coverage: { required: ['operator', 'tech'], optional: [] },
  fibre: { required: ['operator', 'lat', 'lon'], optional: ['fibreId', 'fibreKind'] },
  population: { required: ['population', 'lat', 'lon'], optional: [] },
};
