import { proxy, wrap } from 'comlink';
import type { ImportLayerOptions, LayerData } from '../core/import/importLayer.ts';
import type { LayerKind } from '../core/import/layerKind.ts';
import type { LoadedData, ProgressCallback, WorkerApi, WorkerImportResult } from '../worker/api.ts';
import type { PackedLayer } from '../worker/packLayer.ts';
import type { DeadZoneView } from '../worker/runDeadZones.ts';
import type { AppStats, StatsProgress } from '../worker/runStats.ts';

let api: ReturnType<typeof wrap<WorkerApi>> | null = null;

/** The core runs in one module worker, started on first use. */
function workerApi() {
  api ??= wrap<WorkerApi>(new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module' }));
  return api;
}

/** Loads the demo province in the worker; progress arrives through a proxied callback, pixels are transferred. */
export function loadLayersInWorker(onProgress: ProgressCallback, layers: (PackedLayer | LayerData)[] = []): Promise<LoadedData> {
  return workerApi().loadLayers({ layers }, proxy(onProgress));
}

/**
 * Imports a file in the worker; the bytes are copied, so the caller can import them again with another mapping.
 * The layer comes back packed, so a big file's rows are never cloned on the main thread.
 */
export function importInWorker(
  bytes: Uint8Array, fileName: string, kind: LayerKind | undefined, options: Omit<ImportLayerOptions, 'onProgress'>,
  onProgress: (done: number, total: number) => void,
): Promise<WorkerImportResult> {
  return workerApi().importFile(bytes, fileName, kind, options, proxy(onProgress));
}

/** Runs the engine in the worker on the data loaded there, at `thresholdPct` (percent). */
export function computeStatsInWorker(thresholdPct: number, onProgress: StatsProgress): Promise<AppStats> {
  return workerApi().computeStats(thresholdPct, proxy(onProgress));
}

/** Dead zones of the data loaded in the worker, for any operator's 4G or `operator`'s only. */
export function deadZonesInWorker(operator?: string): Promise<DeadZoneView> {
  return workerApi().deadZones(operator);
}

/** One vector tile of the sites loaded in the worker, as protobuf bytes. */
export function siteTileInWorker(z: number, x: number, y: number): Promise<Uint8Array<ArrayBuffer>> {
  return workerApi().siteTile(z, x, y);
}
