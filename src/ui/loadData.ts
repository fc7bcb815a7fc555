import { proxy, transfer, wrap } from 'comlink';
import type { ImportLayerOptions } from '../core/import/importLayer.ts';
import type { LayerKind } from '../core/import/layerKind.ts';
import type { PackageSettings } from '../core/package/packageFormat.ts';
import type { RadioModel } from '../core/radio/radioModel.ts';
import type { StationDetail } from '../core/radio/stationDetail.ts';
import type { StationEdit } from '../core/whatif/stationEdit.ts';
import type {
  DatasetInfo, LoadedData, LoadOptions, OpenedPackage, PlanRequest, PlanView, ProgressCallback, PublishedSource, StartResult, WhatIfAnswer,
  WorkerApi, WorkerImportResult,
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

/** A what-if edit of the data set shown; the answer carries its effect, the figures and the scenario. */
export function editInWorker(edit: StationEdit): Promise<WhatIfAnswer | { error: string }> {
  const api = workerApi();
  switch (edit.kind) {
    case 'add': return api.addStation(edit.station);
    case 'move': return api.moveStation(edit.key, edit.lon, edit.lat);
    case 'remove': return api.removeStation(edit.key);
    case 'colocate': return api.colocate(edit.siteId, edit.station);
  }
}

export function undoRedoInWorker(which: 'undo' | 'redo'): Promise<WhatIfAnswer | null> {
  return which === 'undo' ? workerApi().undo() : workerApi().redo();
}

/** The stations as edited, as a stations CSV in the import format. */
export function scenarioCsvInWorker(): Promise<string> {
  return workerApi().scenarioCsv();
}

/** The siting optimiser on the stations shown; progress in actions taken out of the budget. */
export function planInWorker(request: PlanRequest, onProgress: (done: number, total: number) => void): Promise<PlanView> {
  return workerApi().plan(request, proxy(onProgress));
}

export function applyPlanInWorker(): Promise<WhatIfAnswer | { error: string } | null> {
  return workerApi().applyPlan();
}

/** The operators of the stations shown, sorted. */
export function operatorsInWorker(): Promise<string[]> {
  return workerApi().operators();
}

/** The last plan's `plan.csv` and `stations_after.csv`, as the `plan` command writes them. */
export function planFilesInWorker(): Promise<{ actions: string; stations: string } | null> {
  return workerApi().planFiles();
}
