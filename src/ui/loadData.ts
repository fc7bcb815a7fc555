import { proxy, transfer, wrap } from 'comlink';
import type { ImportLayerOptions } from '../core/import/importLayer.ts';
import type { LayerKind } from '../core/import/layerKind.ts';
import type { PackageSettings } from '../core/package/packageFormat.ts';
import type { RadioModel } from '../core/radio/radioModel.ts';
import type { StationDetail } from '../core/radio/stationDetail.ts';
import type {
  DatasetInfo, LoadedData, LoadOptions, OpenedPackage, ProgressCallback, PublishedSource, StartResult, WorkerApi, WorkerImportResult,
} from '../worker/api.ts';
import type { DeadZoneView } from '../worker/runDeadZones.ts';
import type { AppStats, StatsProgress } from '../worker/runStats.ts';

let api: ReturnType<typeof wrap<WorkerApi>> | null = null;

/** The core runs in one module worker, started on first use; it owns the data set. */
function workerApi() {
  api ??= wrap<WorkerApi>(new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module' }));
  return api;
}

/** Starts the worker's session: reads the kept data, and opens the package of a `?package=` link for this tab. */
export function startInWorker(packageUrl: string | undefined): Promise<StartResult> {
  return workerApi().start(packageUrl);
}

/** The data set shown, as the map draws it; progress arrives through a proxied callback, pixels are transferred. */
export function loadInWorker(options: LoadOptions, onProgress: ProgressCallback): Promise<LoadedData> {
  return workerApi().load(options, proxy(onProgress));
}

/** Whose data the worker shows, and where it is kept. */
export function infoInWorker(): Promise<DatasetInfo> {
  return workerApi().info();
}

/** Runs `callback` when another tab changed the data this tab shows. */
export function watchInWorker(callback: () => void): Promise<void> {
  return workerApi().watch(proxy(callback));
}

/**
 * Imports a file in the worker; the bytes are copied, so the caller can import them again with another mapping.
 * The layer stays in the worker: the page gets its report and a handle to commit it by.
 */
export function importInWorker(
  bytes: Uint8Array, fileName: string, kind: LayerKind | undefined, options: Omit<ImportLayerOptions, 'onProgress'>,
  onProgress: (done: number, total: number) => void,
): Promise<WorkerImportResult> {
  return workerApi().importFile(bytes, fileName, kind, options, proxy(onProgress));
}

/** Adds an import to the province (`'add'`) or starts a new province with it (`'new'`). */
export function commitInWorker(handle: number, mode: 'new' | 'add'): Promise<DatasetInfo> {
  return workerApi().commit(handle, mode);
}

export function removeLayerInWorker(kind: LayerKind): Promise<DatasetInfo> {
  return workerApi().removeLayer(kind);
}

export function newProvinceInWorker(): Promise<DatasetInfo> {
  return workerApi().newProvince();
}

/** Shows the demo, or the user's province again. */
export function showInWorker(source: 'demo' | 'province'): Promise<DatasetInfo> {
  return workerApi().show(source);
}

/** Shows the shared server's published data (as of `source.asOf`) in place of the demo or the province, for this tab. */
export function showPublishedInWorker(source: PublishedSource): Promise<DatasetInfo> {
  return workerApi().showPublished(source);
}

/** Stops showing the server's data: the demo or the province shown before it comes back. */
export function closePublishedInWorker(): Promise<DatasetInfo> {
  return workerApi().closePublished();
}

/** The province shown as one package file. */
export function exportPackageInWorker(settings: PackageSettings, manualValues: unknown[]): Promise<Uint8Array<ArrayBuffer>> {
  return workerApi().exportPackage(settings, manualValues);
}

/** Opens a package file in place of the province; its bytes are handed over. */
export function openPackageInWorker(bytes: Uint8Array<ArrayBuffer>, fileName: string): Promise<OpenedPackage | { error: string }> {
  return workerApi().openPackage(transfer(bytes, [bytes.buffer]), fileName);
}

/** The engine's figures for the data set shown, at `thresholdPct` (percent), stations shaped by `radio`. */
export function statsInWorker(thresholdPct: number, radio: RadioModel, onProgress: StatsProgress): Promise<AppStats> {
  return workerApi().stats(thresholdPct, proxy(onProgress), radio);
}

/** Dead zones of the data set shown, for any operator's 4G or `operator`'s only, under `radio`. */
export function deadZonesInWorker(operator: string | undefined, radio: RadioModel): Promise<DeadZoneView> {
  return workerApi().deadZones(operator, radio);
}

/** The stations of a site shown, with their radio parameters and reach under `radio`. */
export function siteStationsInWorker(siteId: string, radio: RadioModel): Promise<StationDetail[]> {
  return workerApi().siteStations(siteId, radio);
}

/** One vector tile of the sites shown, as protobuf bytes. */
export function siteTileInWorker(z: number, x: number, y: number): Promise<Uint8Array<ArrayBuffer>> {
  return workerApi().siteTile(z, x, y);
}
