import type { ShapeProvider } from '../core/coverage/shapeProvider.ts';
import { generateDemo } from '../core/demo/generateDemo.ts';
import { newLayerId, type LayerInfo } from '../core/dataset/layerInfo.ts';
import { provinceFromCommunes } from '../core/dataset/province.ts';
import { estimateVillages, needsEstimate, type VillageEstimate } from '../core/dataset/villageEstimate.ts';
import type { LayerWarnings } from '../core/import/crossCheckLayers.ts';
import { datasetFromLayers } from '../core/import/datasetFromLayers.ts';
import type { ImportResult, LayerData } from '../core/import/importLayer.ts';
import type { LayerKind } from '../core/import/layerKind.ts';
import type { Dataset, MeasuredTech, Province, Site, Station } from '../core/model.ts';
import { PACKAGE_LIMITS, type PackageSettings } from '../core/package/packageFormat.ts';
import { DEFAULT_RADIO_MODEL, type RadioModel } from '../core/radio/radioModel.ts';
import { createRadioShapeProvider } from '../core/radio/radioShapeProvider.ts';
import { stationDetail, type StationDetail } from '../core/radio/stationDetail.ts';
import { createEnvironmentLookup, type EnvironmentLookup } from '../core/radio/stationEnvironment.ts';
import { stationKey } from '../core/sites/stationKey.ts';
import { checkedRadioModel } from './checkedRadioModel.ts';
import { readPackage } from '../core/package/readPackage.ts';
import { writePackage } from '../core/package/writePackage.ts';
import type { DatasetMeasurement } from '../core/stats/computeStats.ts';
import { buildView, type DataView } from './buildView.ts';
import { fetchBounded } from './fetchBounded.ts';
import { fetchPublished, type PublishedInfo, type PublishedSource } from './fetchPublished.ts';
import type { LegacyLayer } from './idbStorage.ts';
import { packLayer, unpackLayer } from './packLayer.ts';
import { measureForApp, statsAt, type AppStats, type StatsProgress } from './runStats.ts';
import { planEdits, runPlan, type PlanRequest, type PlanView } from './runPlan.ts';
import { Scenario, type ScenarioView } from './scenario.ts';
import { SiteTiles } from './siteTiles.ts';
import { siteFeatures } from './toFeatures.ts';
import type { SitePlan } from '../core/siting/planSites.ts';
import { planCsv } from '../core/export/planCsv.ts';
import { stationsToCsv } from '../core/export/stationsToCsv.ts';
import { DEFAULT_THRESHOLD_PCT } from '../core/stats/statsTypes.ts';
import { WhatIfSession, type EditEffect } from '../core/whatif/whatIfSession.ts';
import type { StationEdit } from '../core/whatif/stationEdit.ts';
import { KeptData } from './keptData.ts';
import type { DataStorage, StoredLayer, StoredMeta } from './storage.ts';

/** Where the loading is; the UI shows a translated label for each stage. */
export type LoadStage = 'read' | 'generate' | 'estimate' | 'sites' | 'coverage' | 'done';
/** `fraction` runs from 0 to 1; `detail` counts the villages done while village boundaries are estimated. */
export type ProgressCallback = (fraction: number, stage: LoadStage, detail?: { done: number; total: number }) => void;

/**
 * Whose data is shown and where it is kept. `storage`: 'saved' in this browser (IndexedDB); 'unavailable' when
 * the browser gives no storage (imports work until the tab closes); 'session' for a package opened from a link,
 * or after the browser's storage ran out, kept in this tab only. 'server' is the shared server's published data,
 * read for this tab and never kept with the demo or the user's province.
 */
export interface DatasetInfo {
  source: 'demo' | 'province' | 'server';
  province: Province;
  /** On the server's data: the moment asked for, the publication in force then and the rows read per layer. */
  published: PublishedInfo | null;
  /** The province's layers as imported (empty on the demo). */
  layers: LayerInfo[];
  /** While the demo or the server's data is shown: the user's province kept to reopen, if any. */
  savedProvince: { name: string; nameEn: string; layers: number } | null;
  storage: 'saved' | 'unavailable' | 'session';
  /** A save ran out of the browser's storage: what was imported since is in this tab only. */
  quotaExceeded: boolean;
}

/** An import's answer as the page gets it: the layer stays in the worker under `handle` until committed. */
export type WorkerImportResult =
  | Extract<ImportResult, { ok: false }>
  | (Omit<Extract<ImportResult, { ok: true }>, 'layer'> & { handle: number });

/** What a package brought besides its layers, for the page to apply: view settings and hand-entered values. */
export interface OpenedPackage {
  settings: PackageSettings;
  manualValues: unknown[];
}

export interface WorkspaceOptions {
  /** Null when the browser gives no storage. */
  storage: DataStorage | null;
  /** Told after every saved change, with the new version (to tell other tabs). */
  notify?: (version: number) => void;
  demoSeed?: number;
  /** Legacy layers the page kept before the worker owned the data: moved into the province once. */
  legacy?: { layers(): Promise<LegacyLayer[]>; clear(): Promise<void> };
}

/** The answer to a what-if edit, undo or redo: its effect, the figures now and the scenario as the page lists it. */
export interface WhatIfAnswer {
  effect: EditEffect;
  stats: AppStats;
  scenario: ScenarioView;
  /** The site tiles were redrawn with the edited stations: the map asks for this version's. */
  sitesVersion: number;
}

/** Imports awaiting their commit; older ones are dropped (a 200,000-station layer is big). */
const MAX_PENDING = 2;

const layerKey = (id: string) => `layer:${id}`;
const estimateKey = (e: Pick<VillageEstimate, 'villagesId' | 'communesId'>) => `estimate:${e.villagesId}:${e.communesId}`;

/**
 * The one owner of the data set, living in the app's worker: the demo or the user's province, its layers, their
 * storage and the engine's measurement. The page holds handles and view settings and asks for views and figures.
 * A province never takes a layer from the demo: a kind not imported is empty. Tested in Node with a storage in
 * memory.
 */
export class Workspace {
  private readonly kept: KeptData;
  private started = false;
  private readonly layers = new Map<string, LayerData>();
  private estimate: VillageEstimate | null = null;
  private readonly pending = new Map<number, Extract<ImportResult, { ok: true }>>();
  private nextHandle = 1;
  private demo: Dataset | null = null;
  private current: { key: string; dataset: Dataset; warnings: LayerWarnings['counts'] | null } | null = null;
  private measurement: { key: string; value: DatasetMeasurement } | null = null;
  /** The server's published data while it is shown (`serial` tells one reading from the next). */
  private published: { layers: LayerData[]; info: PublishedInfo; province: Province; serial: number } | null = null;
  private publishedReads = 0;
  /**
   * The shapes of each data set's stations under the last model asked for; one environment lookup per data set, so
   * each station's commune is looked up once whatever the model.
   */
  private readonly providers = new WeakMap<Dataset, { environmentOf: EnvironmentLookup; key: string; provider: ShapeProvider }>();
  /** The sites of the last view by id, each with its stations, for the sites' popups. */
  private shownSites: { dataset: Dataset; stations: Map<string, Station[]> } | null = null;
  /** The sites of the last view as vector tiles, and a number that changes with every view. */
  tiles: SiteTiles | null = null;
  sitesVersion = 0;
  /** The what-if edits of the data set shown, made on its first edit; `thresholdPct` is the page's last asked. */
  private whatIf: { key: string; scenario: Scenario } | null = null;
  private thresholdPct = DEFAULT_THRESHOLD_PCT;
  /** The radio model the page last asked for: what-if sessions and plans shape stations with it too. */
  private radio: RadioModel = DEFAULT_RADIO_MODEL;
  private lastPlan: { key: string; plan: SitePlan; applied: boolean } | null = null;

  constructor(private readonly options: WorkspaceOptions) {
    this.kept = new KeptData(options.storage, options.notify);
  }

  private get meta(): StoredMeta {
    return this.kept.meta;
  }

  /**
   * Reads what this browser kept (once). When the storage cannot be read, the app still starts: the demo, with
   * imports kept in the tab. With `packageUrl` the package it names is opened for this tab only (a link must not
   * replace the province a user keeps); a package that cannot be opened leaves the kept data shown, with why.
   */
  async start(packageUrl?: string): Promise<{ opened: OpenedPackage | null; packageError: string | null }> {
    if (this.started) return { opened: null, packageError: null };
    this.started = true;
    await this.kept.open();
    if (this.kept.mode === 'saved' && this.meta.version === 0) await this.moveLegacy();
    if (!packageUrl) return { opened: null, packageError: null };
    const fetched = await fetchBounded(packageUrl, PACKAGE_LIMITS.maxPackageBytes);
    if ('error' in fetched) return { opened: null, packageError: fetched.error };
    const opened = await this.openPackage(fetched.bytes, packageUrl, false);
    return 'error' in opened ? { opened: null, packageError: opened.error } : { opened, packageError: null };
  }

  info(): DatasetInfo {
    const onDemo = this.meta.active === 'demo';
    const province = this.meta.province ?? provinceFromCommunes([]);
    const kept = { name: province.name, nameEn: province.nameEn, layers: this.meta.layers.length };
    const stored = { storage: this.kept.mode, quotaExceeded: this.kept.quotaExceeded };
    if (this.published) {
      const { province: shown, info } = this.published;
      return { source: 'server', province: shown, published: info, layers: [], savedProvince: kept.layers > 0 ? kept : null, ...stored };
    }
    return {
      source: this.meta.active,
      province: onDemo ? this.demoDataset().province : province,
      published: null,
      layers: onDemo ? [] : this.meta.layers.map(layerInfo),
      savedProvince: onDemo && kept.layers > 0 ? kept : null,
      ...stored,
    };
  }

  /**
   * Shows the server's published data as of `source.asOf`, read with the user's rights (a commune user: its own
   * area), in place of the demo or the province for this tab; neither is changed. Throws the server's refusal.
   */
  async showPublished(source: PublishedSource, fetchFn?: typeof fetch): Promise<DatasetInfo> {
    const { layers, info } = await fetchPublished(source, fetchFn);
    const communes = layers.find((l) => l.kind === 'communes');
    const province = provinceFromCommunes(communes?.kind === 'communes' ? communes.communes.map((c) => c.code) : []);
    this.published = { layers, info, province, serial: ++this.publishedReads };
    return this.info();
  }

  /** The data set shown: the demo, or the user's province built from its layers alone (estimating once). */
  async dataset(onProgress?: ProgressCallback): Promise<Dataset> {
    if (this.published) return this.publishedDataset(onProgress);
    if (this.meta.active === 'demo') {
      onProgress?.(0, 'generate');
      return this.demoDataset();
    }
    const key = this.datasetKey();
    if (this.current?.key === key) return this.current.dataset;
    onProgress?.(0, 'read');
    const layers = await this.provinceLayers();
    const villages = this.meta.layers.find((l) => l.kind === 'villages');
    const communes = this.meta.layers.find((l) => l.kind === 'communes');
    const estimate = villages && communes ? await this.estimateFor(layers, villages.id, communes.id, onProgress) : null;
    const { dataset, warnings } = datasetFromLayers(layers, { estimate });
    this.current = { key: this.datasetKey(), dataset, warnings: communes ? warnings.counts : null };
    return dataset;
  }

  /**
   * Everything the map draws of the data set shown, and what its layers say about each other (null on the demo or
   * without communes); the site tiles are kept here for the map to ask for.
   */
  async view(
    rasterWidth: number, onProgress?: ProgressCallback, radio: RadioModel = DEFAULT_RADIO_MODEL,
  ): Promise<DataView & { layerWarnings: LayerWarnings['counts'] | null }> {
    this.radio = checkedRadioModel(radio).model;
    const base = await this.dataset(onProgress);
    // A data set shown again keeps its what-if edits: the map draws the stations as edited.
    const data = this.shownScenario()?.session.dataset() ?? base;
    const { view, tiles, sites } = await buildView(data, rasterWidth, this.provider(base, this.radio), (f, stage) => onProgress?.(f, stage));
    this.tiles = tiles;
    this.showSites(base, data.stations, sites);
    this.sitesVersion++;
    onProgress?.(1, 'done');
    const ownLayers = this.published !== null || this.meta.active === 'province';
    return { ...view, layerWarnings: ownLayers ? (this.current?.warnings ?? null) : null };
  }

  /**
   * The engine's figures at `thresholdPct` with the stations shaped by `radio`. The villages are measured once per
   * data set and model; a threshold change only classifies the kept shares again (milliseconds, not a new run).
   * Throws with the model's faults when `radio` is not a valid model.
   */
  async stats(thresholdPct: number, onProgress?: StatsProgress, radio: RadioModel = DEFAULT_RADIO_MODEL): Promise<AppStats> {
    this.thresholdPct = thresholdPct;
    const { model, key: modelKey } = checkedRadioModel(radio);
    this.radio = model;
    const dataset = await this.dataset();
    const scenario = this.shownScenario();
    if (scenario) return scenario.statsAt(thresholdPct);
    const key = `${this.datasetKey()}|${modelKey}`;
    if (this.measurement?.key !== key) this.measurement = { key, value: measureForApp(dataset, this.provider(dataset, model), onProgress) };
    return statsAt(this.measurement.value, dataset, thresholdPct);
  }

  /** The what-if scenario of the data set shown: its edits (none before the first) and the edited stations. */
  async scenarioView(): Promise<ScenarioView | null> {
    await this.dataset();
    return this.shownScenario()?.view() ?? null;
  }

  /**
   * Applies a what-if edit to the data set shown (its session is made on the first, from the data set at the
   * page's threshold): only what the edit reaches is measured again, and the site tiles are redrawn.
   */
  async edit(edit: StationEdit): Promise<WhatIfAnswer | { error: string }> {
    const scenario = await this.scenario();
    const outcome = scenario.apply(edit);
    if (!outcome.ok) return { error: outcome.error };
    return this.answer(scenario, outcome.result.effect);
  }

  /** Undoes (or redoes) the last edit; null when there is none. */
  async undoRedo(which: 'undo' | 'redo'): Promise<WhatIfAnswer | null> {
    const scenario = this.shownScenario();
    const result = scenario?.[which]();
    return scenario && result ? this.answer(scenario, result.effect) : null;
  }

  /** The stations of the data set shown as edited, as a stations CSV in the import format. */
  async scenarioCsv(): Promise<string> {
    return (await this.scenario()).stationsCsv();
  }

  /**
   * Runs the siting optimiser on the stations shown (as edited), for the panel; the plan is kept to be applied as
   * a scenario. `onProgress` gets the actions taken out of the budget.
   */
  async plan(request: PlanRequest, onProgress?: (done: number, total: number) => void): Promise<PlanView> {
    const base = await this.dataset();
    const data = this.shownScenario()?.session.dataset() ?? base;
    const { plan, view } = runPlan(data, this.provider(base, this.radio), request, onProgress);
    this.lastPlan = { key: this.datasetKey(), plan, applied: false };
    return view;
  }

  /** The last plan's actions as `plan.csv` (the `plan` command's), and its stations after as a stations CSV. */
  planFiles(): { actions: string; stations: string } | null {
    if (!this.lastPlan || this.lastPlan.key !== this.datasetKey()) return null;
    return { actions: planCsv(this.lastPlan.plan), stations: stationsToCsv(this.lastPlan.plan.stationsAfter) };
  }

  async operators(): Promise<string[]> {
    const stations = this.shownScenario()?.session.stations ?? (await this.dataset()).stations;
    return [...new Set(stations.map((s) => s.operator))].sort();
  }

  /** Applies the last plan's actions as what-if edits, one each; null when no plan of the data set shown is kept. */
  async applyPlan(): Promise<WhatIfAnswer | { error: string } | null> {
    await this.dataset();
    if (this.lastPlan?.key !== this.datasetKey() || this.lastPlan.applied) return null;
    const scenario = await this.scenario();
    const edits = planEdits(this.lastPlan.plan);
    if (edits.length === 0) return { error: 'The plan proposes no station.' };
    const effects: EditEffect[] = [];
    for (const { edit, kind } of edits) {
      const outcome = scenario.apply(edit, kind);
      if (!outcome.ok) return { error: outcome.error };
      effects.push(outcome.result.effect);
    }
    this.lastPlan.applied = true;
    return this.answer(scenario, sumEffects(effects));
  }

  /** How the stations of `dataset` are shaped: the radio model `radio`, wherever a station has no radius. */
  provider(dataset: Dataset, radio: RadioModel = DEFAULT_RADIO_MODEL): ShapeProvider {
    return this.shapes(dataset, radio).provider;
  }

  /**
   * The stations of the site `siteId` of the last view, each with its radio parameters and its reach per
   * technology under `radio`; empty when the site is not in the data set shown (any more).
   */
  async siteStations(siteId: string, radio: RadioModel = DEFAULT_RADIO_MODEL): Promise<StationDetail[]> {
    const { model } = checkedRadioModel(radio);
    const dataset = await this.dataset();
    const stations = this.shownSites?.dataset === dataset ? (this.shownSites.stations.get(siteId) ?? []) : [];
    const { environmentOf } = this.shapes(dataset, model);
    return stations.map((station) => {
      const covered = dataset.coverage.filter((c) => c.operator === station.operator).map((c): MeasuredTech => c.tech);
      return stationDetail(station, model, environmentOf, covered);
    });
  }

  /** Keeps a finished import until the page commits it (or imports again); the page gets its handle. */
  keepImport(result: Extract<ImportResult, { ok: true }>): number {
    const handle = this.nextHandle++;
    this.pending.set(handle, result);
    for (const old of this.pending.keys()) if (this.pending.size > MAX_PENDING) this.pending.delete(old);
    return handle;
  }

  /**
   * Adds an import to a province: `'new'` starts a new one holding this layer alone (what importing on the demo
   * does: nothing of the demo's is kept), `'add'` puts it in the user's province in place of the layer of its kind.
   */
  async commit(handle: number, mode: 'new' | 'add'): Promise<DatasetInfo> {
    const result = this.pending.get(handle);
    if (!result) throw new Error('This import is no longer kept: import the file again.');
    this.pending.delete(handle);
    const { rows, imported, warnings, rejected } = result.report;
    const info: LayerInfo = {
      id: newLayerId(), kind: result.kind, file: result.file, importedAt: new Date().toISOString(), counts: { rows, imported, warnings, rejected },
    };
    this.layers.set(info.id, result.layer);
    this.published = null;
    const stored: StoredLayer = { ...info, key: layerKey(info.id) };
    const province = result.layer.kind === 'communes' ? provinceFromCommunes(result.layer.communes.map((c) => c.code)) : null;
    await this.kept.change(
      (m) => {
        const kept = mode === 'new' ? [] : m.layers.filter((l) => l.kind !== info.kind);
        return { ...m, active: 'province', layers: [...kept, stored], province: province ?? (mode === 'new' ? null : m.province) };
      },
      [[stored.key, packLayer(result.layer).bytes]],
    );
    return this.info();
  }

  /** Removes the province's layer of `kind`: its figures say "no data" again. */
  async remove(kind: LayerKind): Promise<DatasetInfo> {
    this.published = null;
    await this.kept.change((m) => ({
      ...m,
      layers: m.layers.filter((l) => l.kind !== kind),
      province: kind === 'communes' ? null : m.province,
    }));
    return this.info();
  }

  /** A new, empty province (the kept one is deleted). */
  async newProvince(): Promise<DatasetInfo> {
    this.published = null;
    await this.kept.change((m) => ({ ...m, active: 'province', layers: [], province: null }));
    return this.info();
  }

  /** Shows the demo or the kept province (the server's data is dropped from the tab); neither is deleted. */
  async show(source: 'demo' | 'province'): Promise<DatasetInfo> {
    this.published = null;
    await this.kept.change((m) => ({ ...m, active: source }));
    return this.info();
  }

  /** The province shown as one package file (see `writePackage`), with the page's view settings and values. */
  async exportPackage(settings: PackageSettings, manualValues: readonly unknown[]): Promise<Uint8Array<ArrayBuffer>> {
    if (this.published || this.meta.active !== 'province') throw new Error('Only a province of your own can be exported as a package.');
    const data = await this.dataset();
    await this.provinceLayers();
    const estimate = this.estimate && this.meta.layers.some((l) => l.id === this.estimate!.villagesId) ? this.estimate : null;
    return writePackage({
      province: data.province,
      settings,
      manualValues,
      layers: this.meta.layers.flatMap((l) => {
        const layer = this.layers.get(l.id);
        return layer ? [{ info: layerInfo(l), layer }] : [];
      }),
      estimate,
    });
  }

  /**
   * Opens a province package in place of the province: kept in this browser when `persist` (a file the user
   * opened), in this tab only otherwise (a link). Returns what the page applies, or why it was refused.
   */
  async openPackage(bytes: Uint8Array, file: string, persist: boolean): Promise<OpenedPackage | { error: string }> {
    const contents = readPackage(bytes, file);
    if ('error' in contents) return { error: contents.error };
    this.published = null;
    const stored: StoredLayer[] = contents.layers.map(({ info }) => ({ ...info, key: layerKey(info.id) }));
    for (const { info, layer } of contents.layers) this.layers.set(info.id, layer);
    const communes = contents.layers.find((l) => l.layer.kind === 'communes')?.layer;
    const province = communes?.kind === 'communes' ? provinceFromCommunes(communes.communes.map((c) => c.code)) : null;
    this.estimate = contents.estimate;
    const blobs: [string, Uint8Array][] = contents.layers.map(({ info, layer }) => [layerKey(info.id), packLayer(layer).bytes]);
    if (contents.estimate) blobs.push([estimateKey(contents.estimate), encodeJson(contents.estimate)]);
    if (!persist) this.kept.keepInTab();
    const estimate = contents.estimate && { villagesId: contents.estimate.villagesId, communesId: contents.estimate.communesId, key: estimateKey(contents.estimate) };
    await this.kept.change(() => ({ version: 0, active: 'province', layers: stored, estimate, province }), blobs);
    return { settings: contents.manifest.settings, manualValues: contents.manifest.manualValues };
  }

  /**
   * Reads the kept data again after another tab changed it; true when it differs from what this tab shows. A tab
   * keeping its data in itself ('session', 'unavailable') is not changed by others.
   */
  async sync(): Promise<boolean> {
    const changed = await this.kept.sync();
    // The server's data shown here is not the kept data's to change.
    return changed && this.published === null;
  }

  private shapes(dataset: Dataset, radio: RadioModel) {
    const { model, key } = checkedRadioModel(radio);
    const kept = this.providers.get(dataset);
    if (kept?.key === key) return kept;
    const environmentOf = kept?.environmentOf ?? createEnvironmentLookup(dataset.communes);
    const shapes = { environmentOf, key, provider: createRadioShapeProvider(model, dataset.communes, environmentOf) };
    this.providers.set(dataset, shapes);
    return shapes;
  }

  /** A scenario belongs to the data set shown under the radio model it was measured with. */
  private scenarioKey(): string {
    return `${this.datasetKey()}|${checkedRadioModel(this.radio).key}`;
  }

  /** Keeps the sites shown with their stations, for the sites' popups. */
  private showSites(dataset: Dataset, stations: readonly Station[], sites: readonly Site[]): void {
    const byKey = new Map(stations.map((s) => [stationKey(s), s]));
    this.shownSites = { dataset, stations: new Map(sites.map((site) => [site.id, site.stationIds.flatMap((id) => byKey.get(id) ?? [])])) };
  }

  /** The scenario of the data set shown, if it was edited since it was built. */
  private shownScenario(): Scenario | null {
    return this.whatIf?.key === this.scenarioKey() ? this.whatIf.scenario : null;
  }

  private async scenario(): Promise<Scenario> {
    const dataset = await this.dataset();
    const shown = this.shownScenario();
    if (shown) return shown;
    const session = new WhatIfSession(dataset, { thresholdPct: this.thresholdPct, provider: this.provider(dataset, this.radio) });
    this.whatIf = { key: this.scenarioKey(), scenario: new Scenario(session, dataset) };
    return this.whatIf.scenario;
  }

  private answer(scenario: Scenario, effect: EditEffect): WhatIfAnswer {
    const { session } = scenario;
    const edited = session.dataset();
    this.tiles = new SiteTiles(siteFeatures(edited, session.sites));
    this.showSites(scenario.base, edited.stations, session.sites);
    this.sitesVersion++;
    return { effect, stats: scenario.statsAt(this.thresholdPct), scenario: scenario.view(), sitesVersion: this.sitesVersion };
  }

  private demoDataset(): Dataset {
    this.demo ??= generateDemo({ seed: this.options.demoSeed });
    return this.demo;
  }

  /** Stops showing the server's data (on signing out): the demo or the province shown before it comes back. */
  closePublished(): DatasetInfo {
    this.published = null;
    return this.info();
  }

  /** The server's data set, built from its layers as files are (estimating village areas where needed, unkept). */
  private publishedDataset(onProgress?: ProgressCallback): Dataset {
    const key = this.datasetKey();
    if (this.current?.key === key) return this.current.dataset;
    const { layers } = this.published!;
    const villages = layers.find((l) => l.kind === 'villages');
    const communes = layers.find((l) => l.kind === 'communes');
    let estimate: VillageEstimate | null = null;
    if (villages?.kind === 'villages' && communes?.kind === 'communes' && needsEstimate(villages.villages, communes.communes)) {
      onProgress?.(0, 'estimate');
      estimate = estimateVillages(villages.villages, key, communes.communes, key, (done, total) => onProgress?.(done / total, 'estimate', { done, total }));
    }
    const { dataset, warnings } = datasetFromLayers(layers, { estimate });
    this.current = { key, dataset, warnings: communes ? warnings.counts : null };
    return dataset;
  }

  /** Identifies the data set built from the layers and estimate in `meta`, or the server's reading shown. */
  private datasetKey(): string {
    if (this.published) return `server|${this.published.serial}`;
    if (this.meta.active === 'demo') return 'demo';
    const layers = this.meta.layers.map((l) => l.id).join(',');
    return `${this.meta.active}|${layers}|${this.meta.estimate ? estimateKey(this.meta.estimate) : ''}`;
  }

  /** The province's layers in `meta` order, read from storage where this tab does not hold them yet. */
  private async provinceLayers(): Promise<LayerData[]> {
    const out: LayerData[] = [];
    for (const l of this.meta.layers) {
      let layer = this.layers.get(l.id);
      if (!layer) {
        const bytes = await this.kept.readBlob(l.key);
        if (bytes) this.layers.set(l.id, (layer = unpackLayer({ kind: l.kind, bytes: bytes as Uint8Array<ArrayBuffer> })));
      }
      if (layer) out.push(layer);
    }
    const ids = new Set(this.meta.layers.map((l) => l.id));
    for (const id of this.layers.keys()) if (!ids.has(id)) this.layers.delete(id);
    return out;
  }

  /**
   * The village estimate of these two layers: the one kept when it was made from them, otherwise made now (with
   * progress in villages) and kept, so it runs once per import and not on every load; null when no village needs one.
   */
  private async estimateFor(layers: LayerData[], villagesId: string, communesId: string, onProgress?: ProgressCallback): Promise<VillageEstimate | null> {
    const villages = layers.find((l) => l.kind === 'villages');
    const communes = layers.find((l) => l.kind === 'communes');
    if (villages?.kind !== 'villages' || communes?.kind !== 'communes' || !needsEstimate(villages.villages, communes.communes)) return null;
    const fits = (e: Pick<VillageEstimate, 'villagesId' | 'communesId'> | null) => e?.villagesId === villagesId && e.communesId === communesId;
    if (!fits(this.estimate) && fits(this.meta.estimate)) {
      const bytes = await this.kept.readBlob(this.meta.estimate!.key);
      if (bytes) this.estimate = JSON.parse(new TextDecoder().decode(bytes)) as VillageEstimate;
    }
    if (!fits(this.estimate)) {
      onProgress?.(0, 'estimate');
      this.estimate = estimateVillages(villages.villages, villagesId, communes.communes, communesId, (done, total) =>
        onProgress?.(done / total, 'estimate', { done, total }));
      const estimate = { villagesId, communesId, key: estimateKey(this.estimate) };
      await this.kept.change(
        (m) => (m.layers.some((l) => l.id === villagesId) && m.layers.some((l) => l.id === communesId) ? { ...m, estimate } : m),
        [[estimate.key, encodeJson(this.estimate)]],
      );
    }
    return this.estimate;
  }

  /** Moves the layers the page kept before the worker owned the data into a province, once. */
  private async moveLegacy(): Promise<void> {
    const legacy = await this.options.legacy?.layers().catch(() => []);
    if (!legacy?.length) return;
    const stored = legacy.map((l): StoredLayer => {
      const id = newLayerId();
      this.layers.set(id, unpackLayer(l.layer));
      return { id, key: layerKey(id), kind: l.kind, file: l.file, importedAt: new Date(l.savedAt).toISOString(), counts: l.counts };
    });
    const communes = legacy.map((l) => unpackLayer(l.layer)).find((l) => l.kind === 'communes');
    const province = communes?.kind === 'communes' ? provinceFromCommunes(communes.communes.map((c) => c.code)) : null;
    await this.kept.change(
      () => ({ version: 0, active: 'province', layers: stored, estimate: null, province }),
      stored.map((s) => [s.key, packLayer(this.layers.get(s.id)!).bytes]),
    );
    await this.options.legacy?.clear().catch(() => undefined);
  }
}

/** A stored layer as the page and a package see it: without its storage key. */
function layerInfo({ id, kind, file, importedAt, counts }: StoredLayer): LayerInfo {
  return { id, kind, file, importedAt, counts };
}

/** The effect of edits made one after another, as one. */
function sumEffects(effects: readonly EditEffect[]): EditEffect {
  const sum = (pick: (e: EditEffect) => Record<string, number>) => {
    const out: Record<string, number> = {};
    for (const e of effects) for (const [k, v] of Object.entries(pick(e))) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  return {
    peopleGained: sum((e) => e.peopleGained) as EditEffect['peopleGained'],
    villagesGained: sum((e) => e.villagesGained) as EditEffect['villagesGained'],
    sharingPctBefore: effects[0]?.sharingPctBefore ?? null,
    sharingPctAfter: effects.at(-1)?.sharingPctAfter ?? null,
  };
}

function encodeJson(value: unknown): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(JSON.stringify(value));
}
