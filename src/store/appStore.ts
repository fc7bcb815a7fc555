import { createStore } from 'zustand/vanilla';
import type { Province } from '../core/model.ts';
import { DEFAULT_THRESHOLD_PCT, type AreaStats, type CoverageKey } from '../core/stats/statsTypes.ts';
import type { LoadStage, ProvinceSummary } from '../worker/api.ts';

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
  error: string | null;
}

export interface AppState {
  language: Language;
  layers: Record<LayerId, boolean>;
  onlineBasemap: boolean;
  loading: Loading;
  selection: Selection | null;
  province: Province | null;
  summary: ProvinceSummary | null;
  /** Bumped when the imported layers change, so the app loads the data again. */
  dataVersion: number;
  reloadData(): void;
  /** A village counts as covered at this share, percent. */
  thresholdPct: number;
  /** The technology villages are coloured by. */
  colourBy: CoverageKey;
  /** Show only villages below the threshold for `colourBy`. */
  belowOnly: boolean;
  /** The engine's run: progress 0 to 1 while it runs. */
  computing: { active: boolean; progress: number };
  /** Province figures of the last engine run. */
  provinceStats: AreaStats | null;
  /** Village ids highlighted on the map (e.g. a gap list). */
  highlight: string[];
  /** The commune shown in the commune view (its code). */
  commune: string | null;
  setThreshold(pct: number): void;
  setColourBy(key: CoverageKey): void;
  setBelowOnly(on: boolean): void;
  setComputing(active: boolean, progress: number): void;
  finishStats(province: AreaStats): void;
  setHighlight(ids: string[]): void;
  openCommune(code: string | null): void;
  setLanguage(language: Language): void;
  toggleLayer(id: LayerId): void;
  setOnlineBasemap(on: boolean): void;
  setProgress(progress: number, stage: LoadStage): void;
  finishLoading(province: Province, summary: ProvinceSummary): void;
  failLoading(error: string): void;
  select(selection: Selection | null): void;
}

/** App state only: no map instance and no big arrays (those stay with the map and the worker). */
export function createAppStore() {
  return createStore<AppState>()((set) => ({
    language: 'vi',
    layers: { communes: true, villages: true, sites: true, '4G': true, '5G': false, '6G': false, fibre: true },
    onlineBasemap: false,
    loading: { active: true, progress: 0, stage: null, error: null },
    selection: null,
    province: null,
    summary: null,
    dataVersion: 0,
    reloadData: () => set((s) => ({ dataVersion: s.dataVersion + 1 })),
    thresholdPct: DEFAULT_THRESHOLD_PCT,
    colourBy: '4G',
    belowOnly: false,
    computing: { active: false, progress: 0 },
    provinceStats: null,
    highlight: [],
    commune: null,
    setThreshold: (pct) => set({ thresholdPct: Math.min(100, Math.max(0, pct)) }),
    setColourBy: (colourBy) => set({ colourBy }),
    setBelowOnly: (belowOnly) => set({ belowOnly }),
    setComputing: (active, progress) => set({ computing: { active, progress } }),
    finishStats: (provinceStats) => set({ provinceStats, computing: { active: false, progress: 1 } }),
    setHighlight: (highlight) => set({ highlight }),
    openCommune: (commune) => set({ commune }),
    setLanguage: (language) => set({ language }),
    toggleLayer: (id) => set((s) => ({ layers: { ...s.layers, [id]: !s.layers[id] } })),
    setOnlineBasemap: (onlineBasemap) => set({ onlineBasemap }),
    setProgress: (progress, stage) => set({ loading: { active: true, progress, stage, error: null } }),
    finishLoading: (province, summary) =>
      set({ province, summary, loading: { active: false, progress: 1, stage: 'done', error: null } }),
    failLoading: (error) => set((s) => ({ loading: { ...s.loading, active: false, error } })),
    select: (selection) => set({ selection }),
  }));
}

export type AppStore = ReturnType<typeof createAppStore>;

/** The app's one store. */
export const appStore = createAppStore();
