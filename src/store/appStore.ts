import { createStore } from 'zustand/vanilla';
import type { DataAvailability } from '../core/dataset/availability.ts';
import type { LayerWarnings } from '../core/import/crossCheckLayers.ts';
import type { Province } from '../core/model.ts';
import { DEFAULT_RADIO_MODEL, type RadioModel } from '../core/radio/radioModel.ts';
import { DEFAULT_THRESHOLD_PCT, type AreaStats, type CoverageKey, type FibreSource } from '../core/stats/statsTypes.ts';
import type { ManualValue } from '../core/targets/manualValues.ts';
import type { FibreHeadline } from '../ui/headlineFigures.ts';
import type { DatasetInfo, LoadStage, ProvinceSummary } from '../worker/api.ts';

export type Language = 'vi' | 'en';
export const LAYER_IDS = ['communes', 'villages', 'sites', '4G', '5G', '6G', 'fibre'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** What the user picked on the map: its kind and the feature's properties as the map gave them. */
export interface Selection {
  kind: 'village' | 'site';
  properties: Record<string, unknown>;
  lngLat: [number, number];
}

export interface Loading {
  active: boolean;
  /** 0 to 1. */
  progress: number;
  stage: LoadStage | null;
  /** Villages done out of all while village boundaries are estimated. */
  detail: { done: number; total: number } | null;
  error: string | null;
}

/** What the worker said about the data set last loaded, for the page to show (never the data itself). */
export interface LoadedInfo {
  info: DatasetInfo;
  summary: ProvinceSummary;
  availability: DataAvailability;
  /** What the province's layers say about each other, counted; null on the demo or without communes. */
  layerWarnings: LayerWarnings['counts'] | null;
}

export interface AppState {
  language: Language;
  layers: Record<LayerId, boolean>;
  onlineBasemap: boolean;
  loading: Loading;
  selection: Selection | null;
  province: Province | null;
  summary: ProvinceSummary | null;
  /** Whose data is shown, its layers and where it is kept. */
  dataset: DatasetInfo | null;
  /** Which figures have data behind them. */
  availability: DataAvailability | null;
  layerWarnings: LoadedInfo['layerWarnings'];
  /** Something about the data the user must know (a package link that failed, a file refused), shown until closed. */
  notice: string | null;
  setNotice(notice: string | null): void;
  /** Bumped when the data set changes, so the app loads it again. */
  dataVersion: number;
  reloadData(): void;
  /** A village counts as covered at this share, percent. */
  thresholdPct: number;
  /** The radio model shaping every station without a typed radius (the settings panel's). */
  radioModel: RadioModel;
  setRadioModel(model: RadioModel): void;
  /** The plan chosen (its id); null for the default plan of the province shown. */
  planId: string | null;
  setPlanId(planId: string | null): void;
  /** Hand-entered values of plan indicators no map measures, of the data set shown. */
  manualValues: ManualValue[];
  setManualValues(values: ManualValue[]): void;
  /** The technology villages are coloured by. */
  colourBy: CoverageKey;
  /** Show only villages below the threshold for `colourBy`. */
  belowOnly: boolean;
  /** The engine's run: progress 0 to 1 while it runs. */
  computing: { active: boolean; progress: number };
  /** Province figures of the last engine run. */
  provinceStats: AreaStats | null;
  /** Fibre of the last engine run as the plans count it, and where it comes from (null: no fibre data). */
  fibre: { headline: FibreHeadline; source: FibreSource } | null;
  /** Village ids highlighted on the map (e.g. a gap list). */
  highlight: string[];
  /** The commune shown in the commune view (its code). */
  commune: string | null;
  setThreshold(pct: number): void;
  setColourBy(key: CoverageKey): void;
  setBelowOnly(on: boolean): void;
  setComputing(active: boolean, progress: number): void;
  finishStats(province: AreaStats, fibre: { headline: FibreHeadline; source: FibreSource }): void;
  setHighlight(ids: string[]): void;
  openCommune(code: string | null): void;
  setLanguage(language: Language): void;
  toggleLayer(id: LayerId): void;
  setOnlineBasemap(on: boolean): void;
  setProgress(progress: number, stage: LoadStage, detail?: { done: number; total: number }): void;
  finishLoading(loaded: LoadedInfo): void;
  /** Whose data is shown changed without a new load yet (e.g. after a commit, before the reload). */
  setDataset(info: DatasetInfo): void;
  failLoading(error: string): void;
  select(selection: Selection | null): void;
}

/** App state only: no map instance and no big arrays (those stay with the map and the worker). */
export function createAppStore() {
  return createStore<AppState>()((set) => ({
    language: 'vi',
    layers: { communes: true, villages: true, sites: true, '4G': true, '5G': false, '6G': false, fibre: true },
    onlineBasemap: false,
    loading: { active: true, progress: 0, stage: null, detail: null, error: null },
    selection: null,
    province: null,
    summary: null,
    dataset: null,
    availability: null,
    layerWarnings: null,
    notice: null,
    setNotice: (notice) => set({ notice }),
    dataVersion: 0,
    reloadData: () => set((s) => ({ dataVersion: s.dataVersion + 1 })),
    thresholdPct: DEFAULT_THRESHOLD_PCT,
    radioModel: DEFAULT_RADIO_MODEL,
    // The same parameters again are no change: a new object would measure the data set again for nothing.
    setRadioModel: (radioModel) => set((s) => (JSON.stringify(s.radioModel) === JSON.stringify(radioModel) ? {} : { radioModel })),
    planId: null,
    setPlanId: (planId) => set({ planId }),
    manualValues: [],
    setManualValues: (manualValues) => set({ manualValues }),
    colourBy: '4G',
    belowOnly: false,
    computing: { active: false, progress: 0 },
    provinceStats: null,
    fibre: null,
    highlight: [],
    commune: null,
    setThreshold: (pct) => set({ thresholdPct: Math.min(100, Math.max(0, pct)) }),
    setColourBy: (colourBy) => set({ colourBy }),
    setBelowOnly: (belowOnly) => set({ belowOnly }),
    setComputing: (active, progress) => set({ computing: { active, progress } }),
    finishStats: (provinceStats, fibre) => set({ provinceStats, fibre, computing: { active: false, progress: 1 } }),
    setHighlight: (highlight) => set({ highlight }),
    openCommune: (commune) => set({ commune }),
    setLanguage: (language) => set({ language }),
    toggleLayer: (id) => set((s) => ({ layers: { ...s.layers, [id]: !s.layers[id] } })),
    setOnlineBasemap: (onlineBasemap) => set({ onlineBasemap }),
    setProgress: (progress, stage, detail) => set({ loading: { active: true, progress, stage, detail: detail ?? null, error: null } }),
    finishLoading: ({ info, summary, availability, layerWarnings }) =>
      // The previous data set's engine figures go: the new one's come when the engine has run on it.
      set({
        province: info.province, dataset: info, summary, availability, layerWarnings, provinceStats: null, fibre: null,
        loading: { active: false, progress: 1, stage: 'done', detail: null, error: null },
      }),
    setDataset: (dataset) => set({ dataset }),
    failLoading: (error) => set((s) => ({ loading: { ...s.loading, active: false, error } })),
    select: (selection) => set({ selection }),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's one store. */
export const appStore = createAppStore();
