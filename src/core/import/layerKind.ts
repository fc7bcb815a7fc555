import type { Field } from './headerAliases.ts';

export const LAYER_KINDS = ['stations', 'communes', 'villages', 'coverage', 'fibre', 'population'] as const;
export type LayerKind = (typeof LAYER_KINDS)[number];

/**
 * Measured truth, read through the same importer but kept apart from the data set the engine measures: drive-test
 * or crowd points, Ookla-style speed tiles, i-Speed-style speeds per commune.
 */
export const MEASURE_KINDS = ['measurements', 'speed_tiles', 'speed_communes'] as const;
export type MeasureKind = (typeof MEASURE_KINDS)[number];

/** Every kind the importer reads. */
export type ImportKind = LayerKind | MeasureKind;

/**
 * The fields each kind of layer reads. A row with an empty required field is rejected; `lat`/`lon` are required
 * only where the file has no geometry of its own (tables), and are then read from the columns.
 */
export const LAYER_FIELDS: Record<ImportKind, { required: readonly Field[]; optional: readonly Field[] }> = {
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
  measurements: {
    required: ['lat', 'lon', 'operator', 'tech', 'band', 'rsrpDbm'],
    optional: ['time', 'downloadMbps', 'uploadMbps', 'stationId'],
  },
  speed_tiles: { required: ['quadkey', 'avgDKbps', 'tests'], optional: ['avgUKbps', 'avgLatMs', 'devices', 'network'] },
  // A commune by code or by name: at least one of the two, checked row by row.
  speed_communes: { required: ['downloadMbps', 'samples'], optional: ['communeCode', 'name', 'operator', 'network', 'uploadMbps'] },
};
