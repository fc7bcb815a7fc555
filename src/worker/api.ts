import { bbox } from '@turf/turf';
import { transfer } from 'comlink';
import { rasterizeCoverage, type RasterGrid } from '../core/coverage/rasterizeCoverage.ts';
import type { ShapeProvider } from '../core/coverage/shapeProvider.ts';
import { generateDemo } from '../core/demo/generateDemo.ts';
import { importLayer, type ImportLayerOptions, type ImportResult, type LayerData } from '../core/import/importLayer.ts';
import type { LayerKind } from '../core/import/layerKind.ts';
import { withLayers } from '../core/import/withLayers.ts';
import { MEASURED_TECHS, type Dataset, type MeasuredTech, type Province } from '../core/model.ts';
import { DEFAULT_RADIO_MODEL } from '../core/radio/radioModel.ts';
import { createRadioShapeProvider } from '../core/radio/radioShapeProvider.ts';
import { groupSites, isShared } from '../core/sites/groupSites.ts';
import { COVERAGE_ALPHA, COVERAGE_COLORS } from '../ui/palette.ts';
import { coverageImage } from './coverageImage.ts';
import { packLayer, unpackLayer, type PackedLayer } from './packLayer.ts';
import { runDeadZones, type DeadZoneView } from './runDeadZones.ts';
import { runStats, type AppStats, type StatsProgress } from './runStats.ts';
import { SiteTiles } from './siteTiles.ts';
import { toFeatures, type MapFeatures } from './toFeatures.ts';

/** Where the loading is; the UI shows a translated label for each stage. */
export type LoadStage = 'generate' | 'sites' | 'coverage' | 'done';
/** `fraction` runs from 0 to 1. */
export type ProgressCallback = (fraction: number, stage: LoadStage) => void;

export interface CoverageRaster {
  tech: MeasuredTech;
  width: number;
  height: number;
  /** RGBA pixels, rows north to south (Web Mercator spacing), in the tech's colour where covered. */
  rgba: Uint8ClampedArray;
  /** Share of the raster's pixels that are covered, in percent (of the bounding box, not of the province). */
  coveredPercent: number;
}

export interface ProvinceSummary {
  communes: number;
  villages: number;
  population: number;
  households: number;
  stations: number;
  sites: number;
  sharedSites: number;
  /** Villages where fibre broadband can be ordered. */
  fibreVillages: number;
}

/**
 * What the page gets to draw: the map's features except the sites, which stay in the worker as vector tiles
 * (`siteTile`); `sitesVersion` changes with every load so the map asks for the new ones.
 */
export interface LoadedData extends Omit<MapFeatures, 'sites'> {
  sitesVersion: number;
  province: Province;
  /** `[west, south, east, north]` in degrees. */
  bbox: [number, number, number, number];
  coverage: CoverageRaster[];
  summary: ProvinceSummary;
}

export interface LoadLayersOptions {
  seed?: number;
  /** Width of the coverage rasters in pixels; the height follows the bounding box in Web Mercator. */
  rasterWidth?: number;
  /** Imported layers, each replacing the demo's layer of its kind (a later one of a kind wins). */
  layers?: (PackedLayer | LayerData)[];
}

/** An import's answer as the page gets it: the layer packed into one transferred buffer. */
export type WorkerImportResult =
  | Extract<ImportResult, { ok: false }>
  | (Omit<Extract<ImportResult, { ok: true }>, 'layer'> & { layer: PackedLayer });

/** The data set last loaded in this worker; the engine reruns on it when the threshold changes. */
let loadedDataset: Dataset | null = null;
/** The shapes of the loaded data set's stations: one provider, so each station's commune is looked up once. */
let loadedProvider: ShapeProvider | null = null;
/** The last loaded data set's sites as vector tiles, and the load they belong to. */
let siteTiles: SiteTiles | null = null;
let sitesVersion = 0;

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));

/** A grid over `[west, south, east, north]` whose pixels are square in Web Mercator. */
export function rasterGrid(box: readonly [number, number, number, number], width: number): RasterGrid {
  const [west, south, east, north] = box;
  const xSpan = ((east - west) * Math.PI) / 180;
  const height = Math.max(1, Math.round((width * (mercatorY(north) - mercatorY(south))) / xSpan));
  return { west, south, east, north, width, height };
}

/**
 * Builds the data set the map shows: the demo province with each imported layer in place of the demo's layer of
 * that kind, and everything drawn from it. Runs in the worker; tested in Node.
 */
export async function loadLayers(options: LoadLayersOptions = {}, onProgress?: ProgressCallback): Promise<LoadedData> {
  await onProgress?.(0, 'generate');
  const data = withLayers(generateDemo({ seed: options.seed }), (options.layers ?? []).map(unpackLayer));
  loadedDataset = data;
  loadedProvider = createRadioShapeProvider(DEFAULT_RADIO_MODEL, data.communes);
  const provider = loadedProvider;
  await onProgress?.(0.2, 'sites');
  const sites = groupSites(data.stations);
  const { sites: siteFeatures, ...features } = toFeatures(data, sites);
  siteTiles = new SiteTiles(siteFeatures);
  sitesVersion++;
  const [west, south, east, north] = bbox(features.communes);
  const box: [number, number, number, number] = [west, south, east, north];
  const grid = rasterGrid(box, options.rasterWidth ?? 768);
  const coverage: CoverageRaster[] = [];
  for (const [i, tech] of MEASURED_TECHS.entries()) {
    await onProgress?.(0.3 + (0.7 * i) / MEASURED_TECHS.length, 'coverage');
    const mask = rasterizeCoverage(data.stations, data.coverage, tech, grid, provider);
    const covered = mask.reduce((sum, v) => sum + v, 0);
    coverage.push({
      tech, width: grid.width, height: grid.height,
      rgba: coverageImage(mask, COVERAGE_COLORS[tech], COVERAGE_ALPHA),
      coveredPercent: mask.length ? (100 * covered) / mask.length : 0,
    });
  }
  await onProgress?.(1, 'done');
  const sum = (key: 'population' | 'households') => data.villages.reduce((s, v) => s + v[key], 0);
  return {
    ...features,
    sitesVersion,
    province: data.province,
    bbox: box,
    coverage,
    summary: {
      communes: data.communes.length, villages: data.villages.length,
      population: sum('population'), households: sum('households'),
      stations: data.stations.length, sites: sites.length, sharedSites: sites.filter(isShared).length,
      fibreVillages: data.villages.filter((v) => v.fibre).length,
    },
  };
}

/** The table the worker exposes: results hand their pixel buffers over instead of copying them. */
export const workerApi = {
  async loadLayers(options: LoadLayersOptions, onProgress?: ProgressCallback): Promise<LoadedData> {
    const result = await loadLayers(options, onProgress);
    return transfer(result, result.coverage.map((c) => c.rgba.buffer as ArrayBuffer));
  },
  /** Imports one file off the main thread; `onProgress` gets rows done and rows in all. */
  async importFile(
    bytes: Uint8Array, fileName: string, kind: LayerKind | undefined, options: Omit<ImportLayerOptions, 'onProgress'>,
    onProgress?: (done: number, total: number) => void,
  ): Promise<WorkerImportResult> {
    const result = await importLayer(bytes, fileName, kind, { ...options, ...(onProgress ? { onProgress } : {}) });
    if (!result.ok) return result;
    const layer = packLayer(result.layer);
    return transfer({ ...result, layer }, [layer.bytes.buffer]);
  },
  /** Coverage and sharing of the loaded data set at `thresholdPct` (percent). */
  computeStats(thresholdPct: number, onProgress?: StatsProgress): AppStats {
    if (!loadedDataset || !loadedProvider) throw new Error('No data loaded yet.');
    return runStats(loadedDataset, thresholdPct, loadedProvider, onProgress);
  },
  /** The vector tile of the loaded sites at `z`/`x`/`y`, as protobuf bytes handed over, not copied. */
  siteTile(z: number, x: number, y: number): Uint8Array<ArrayBuffer> {
    const bytes = siteTiles?.tile(z, x, y) ?? new Uint8Array(0);
    return transfer(bytes, [bytes.buffer]);
  },
  /** Populated places of the loaded data set without 4G from any operator, or from `operator`. */
  deadZones(operator?: string): DeadZoneView {
    if (!loadedDataset || !loadedProvider) throw new Error('No data loaded yet.');
    return runDeadZones(loadedDataset, loadedProvider, operator);
  },
};
export type WorkerApi = typeof workerApi;
