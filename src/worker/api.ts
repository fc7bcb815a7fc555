import { transfer } from 'comlink';
import { importLayer, type ImportLayerOptions } from '../core/import/importLayer.ts';
import type { LayerWarnings } from '../core/import/crossCheckLayers.ts';
import type { LayerKind } from '../core/import/layerKind.ts';
import type { PackageSettings } from '../core/package/packageFormat.ts';
import type { RadioModel } from '../core/radio/radioModel.ts';
import type { StationDetail } from '../core/radio/stationDetail.ts';
import type { DataView } from './buildView.ts';
import { idbStorage } from './idbStorage.ts';
import type { PublishedSource } from './fetchPublished.ts';
import { runDeadZones, type DeadZoneView } from './runDeadZones.ts';
import type { AppStats, StatsProgress } from './runStats.ts';
import type { DataStorage } from './storage.ts';
import type { StationEdit } from '../core/whatif/stationEdit.ts';
import type { PlanRequest, PlanView } from './runPlan.ts';
import type { ScenarioView } from './scenario.ts';
import { Workspace, type DatasetInfo, type OpenedPackage, type ProgressCallback, type WhatIfAnswer, type WorkerImportResult } from './workspace.ts';

export type { CoverageRaster, ProvinceSummary } from './buildView.ts';
export type { PublishedInfo, PublishedSource } from './fetchPublished.ts';
export type { DatasetInfo, LoadStage, OpenedPackage, ProgressCallback, WhatIfAnswer, WorkerImportResult } from './workspace.ts';
export type { PlanActionView, PlanRequest, PlanTarget, PlanView } from './runPlan.ts';
export type { MarkKind, MarkProps, ScenarioEntry, ScenarioView } from './scenario.ts';

/**
 * What the page gets to draw and to say: the map's features (the sites stay here as vector tiles, `siteTile`;
 * `sitesVersion` changes with every load so the map asks for the new ones) and whose data it is.
 */
export interface LoadedData extends DataView {
  sitesVersion: number;
  info: DatasetInfo;
  /** What the province's layers say about each other, counted (`crossCheckLayers`); null on the demo or without communes. */
  layerWarnings: LayerWarnings['counts'] | null;
  /** The what-if edits of this data set made earlier in this session; null when it was not edited. */
  scenario: ScenarioView | null;
}

export interface LoadOptions {
  /** Width of the coverage rasters in pixels; the height follows the bounding box in Web Mercator. */
  rasterWidth?: number;
  /** The radio model the coverage rasters are drawn with; the defaults when absent. */
  radio?: RadioModel;
}

/** How the session started: what a `?package=` link brought, or why it could not be opened. */
export interface StartResult {
  info: DatasetInfo;
  opened: OpenedPackage | null;
  packageError: string | null;
}

/** The channel tabs of one browser tell each other that the kept data changed on. */
const CHANNEL = 'phusong-data';

/**
 * The worker's functions over one `Workspace`, tested in Node; the worker entry file only exposes them. Results
 * hand their buffers over instead of copying them.
 */
export function createWorkerApi(workspace: Workspace) {
  let onExternalChange: (() => void) | null = null;
  const api = {
    /**
     * Reads what the browser kept, once; with `packageUrl` (a `?package=` link, resolved by the page) opens that
     * package for this tab. Later calls change nothing.
     */
    async start(packageUrl?: string): Promise<StartResult> {
      const { opened, packageError } = await workspace.start(packageUrl);
      return { info: workspace.info(), opened, packageError };
    },
    /** The data set shown, as the map draws it, and whose it is. */
    async load(options: LoadOptions = {}, onProgress?: ProgressCallback): Promise<LoadedData> {
      await workspace.start();
      const view = await workspace.view(options.rasterWidth ?? 768, onProgress, options.radio);
      const loaded: LoadedData = { ...view, sitesVersion: workspace.sitesVersion, info: workspace.info(), scenario: await workspace.scenarioView() };
      return transfer(loaded, loaded.coverage.map((c) => c.rgba.buffer as ArrayBuffer));
    },
    info: (): DatasetInfo => workspace.info(),
    /** Imports one file off the main thread; the layer stays here under the answer's `handle` until committed. */
    async importFile(
      bytes: Uint8Array, fileName: string, kind: LayerKind | undefined, options: Omit<ImportLayerOptions, 'onProgress'>,
      onProgress?: (done: number, total: number) => void,
    ): Promise<WorkerImportResult> {
      const result = await importLayer(bytes, fileName, kind, { ...options, ...(onProgress ? { onProgress } : {}) });
      if (!result.ok) return result;
      const answer: Partial<Pick<typeof result, 'layer'>> & Omit<typeof result, 'layer'> = { ...result };
      delete answer.layer;
      return { ...answer, handle: workspace.keepImport(result) };
    },
    commit: (handle: number, mode: 'new' | 'add'): Promise<DatasetInfo> => workspace.commit(handle, mode),
    removeLayer: (kind: LayerKind): Promise<DatasetInfo> => workspace.remove(kind),
    newProvince: (): Promise<DatasetInfo> => workspace.newProvince(),
    show: (source: 'demo' | 'province'): Promise<DatasetInfo> => workspace.show(source),
    /** Shows the shared server's published data as of a moment, read with the signed-in user's rights. */
    showPublished: (source: PublishedSource): Promise<DatasetInfo> => workspace.showPublished(source),
    closePublished: (): DatasetInfo => workspace.closePublished(),
    async exportPackage(settings: PackageSettings, manualValues: unknown[]): Promise<Uint8Array<ArrayBuffer>> {
      const bytes = await workspace.exportPackage(settings, manualValues);
      return transfer(bytes, [bytes.buffer]);
    },
    /** Opens a package file the user chose; it replaces the province kept in this browser. */
    openPackage: (bytes: Uint8Array, fileName: string): Promise<OpenedPackage | { error: string }> =>
      workspace.openPackage(bytes, fileName, true),
    /** Coverage and sharing of the data set shown at `thresholdPct` (percent), stations shaped by `radio`. */
    stats: (thresholdPct: number, onProgress?: StatsProgress, radio?: RadioModel): Promise<AppStats> => workspace.stats(thresholdPct, onProgress, radio),
    /** The stations of a site shown, with their radio parameters and reach under `radio`, for its popup. */
    siteStations: (siteId: string, radio?: RadioModel): Promise<StationDetail[]> => workspace.siteStations(siteId, radio),
    /**
     * What-if edits of the data set shown: each answers with its effect, the new figures (only what the edit
     * reaches is measured again) and the scenario's edits; an edit that cannot be made answers why.
     */
    addStation: (station: Extract<StationEdit, { kind: 'add' }>['station']) => workspace.edit({ kind: 'add', station }),
    moveStation: (key: string, lon: number, lat: number) => workspace.edit({ kind: 'move', key, lon, lat }),
    removeStation: (key: string) => workspace.edit({ kind: 'remove', key }),
    colocate: (siteId: string, station: Extract<StationEdit, { kind: 'colocate' }>['station']) => workspace.edit({ kind: 'colocate', siteId, station }),
    undo: (): Promise<WhatIfAnswer | null> => workspace.undoRedo('undo'),
    redo: (): Promise<WhatIfAnswer | null> => workspace.undoRedo('redo'),
    scenario: (): Promise<ScenarioView | null> => workspace.scenarioView(),
    /** The stations as edited, as a stations CSV in the import format. */
    scenarioCsv: (): Promise<string> => workspace.scenarioCsv(),
    /** The siting optimiser on the stations shown; progress in actions taken out of the budget. */
    plan: (request: PlanRequest, onProgress?: (done: number, total: number) => void): Promise<PlanView> => workspace.plan(request, onProgress),
    /** The last plan as the `plan` command writes it: `plan.csv` and `stations_after.csv`; null without one. */
    planFiles: (): { actions: string; stations: string } | null => workspace.planFiles(),
    /** The operators of the stations shown (as edited), sorted. */
    operators: async (): Promise<string[]> => workspace.operators(),
    /** The last plan's actions applied as what-if edits. */
    applyPlan: (): Promise<WhatIfAnswer | { error: string } | null> => workspace.applyPlan(),
    /** The vector tile of the shown sites at `z`/`x`/`y`, as protobuf bytes handed over, not copied. */
    siteTile(z: number, x: number, y: number): Uint8Array<ArrayBuffer> {
      const bytes = workspace.tiles?.tile(z, x, y) ?? new Uint8Array(0);
      return transfer(bytes, [bytes.buffer]);
    },
    /** Populated places of the data set shown without 4G from any operator, or from `operator`, under `radio`. */
    async deadZones(operator?: string, radio?: RadioModel): Promise<DeadZoneView> {
      const dataset = await workspace.dataset();
      return runDeadZones(dataset, workspace.provider(dataset, radio), operator);
    },
    /** `callback` runs when another tab changed the kept data and this tab's data set changed with it. */
    watch(callback: () => void): void {
      onExternalChange = callback;
    },
    /** Reads the kept data again (another tab changed it); calls the watcher when the data set shown changed. */
    async sync(): Promise<void> {
      if (await workspace.sync()) onExternalChange?.();
    },
  };
  return api;
}

/** The worker's storage, or null where the browser has none (the app still starts on the demo). */
function openStorage(): (DataStorage & ReturnType<typeof idbStorage>) | null {
  try {
    return typeof indexedDB === 'undefined' ? null : idbStorage();
  } catch {
    return null;
  }
}

/** The API the app's worker exposes: one workspace on IndexedDB, telling the other tabs of each saved change. */
export function createAppWorkerApi() {
  const storage = openStorage();
  const id = Math.random().toString(36).slice(2);
  const channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  const workspace = new Workspace({
    storage,
    notify: (version) => channel?.postMessage({ from: id, version }),
    ...(storage ? { legacy: { layers: storage.legacyLayers, clear: storage.clearLegacy } } : {}),
  });
  const api = createWorkerApi(workspace);
  if (channel) {
    channel.onmessage = (event: MessageEvent<{ from?: string }>) => {
      if (event.data?.from !== id) void api.sync();
    };
  }
  return api;
}

export type WorkerApi = ReturnType<typeof createWorkerApi>;
