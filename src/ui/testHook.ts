import type { Map as MapLibreMap } from 'maplibre-gl';

/** What the page exposes as `window.__phusong` for the browser tests and for debugging in the console. */
export interface TestHook {
  map: MapLibreMap;
  /** True once the province's data has been pushed into the map's sources. */
  dataLoaded: boolean;
  /** The threshold (percent) of the engine results the map shows; null before the first run. */
  statsThresholdPct: number | null;
  /** Data sets pushed into the map so far, and engine results shown: a test waits for them to grow after a change. */
  loads: number;
  statsShown: number;
  /** Share of each coverage raster's pixels covered, percent, as last pushed into the map. */
  coveredPercent: Record<string, number>;
}

declare global {
  interface Window {
    /** Harmless in production: it only hands out the map instance the page already shows. */
    __phusong?: TestHook;
  }
}

/** Publishes the map (data not yet loaded) as `window.__phusong`. */
export function exposeMap(map: MapLibreMap): void {
  window.__phusong = { map, dataLoaded: false, statsThresholdPct: null, loads: 0, statsShown: 0, coveredPercent: {} };
}

/** Marks that the map now shows the province's data. */
export function markDataLoaded(map: MapLibreMap, coverage: readonly { tech: string; coveredPercent: number }[] = []): void {
  if (window.__phusong?.map !== map) return;
  window.__phusong.dataLoaded = true;
  window.__phusong.coveredPercent = Object.fromEntries(coverage.map((c) => [c.tech, c.coveredPercent]));
  window.__phusong.loads++;
}

/** Marks that the map now shows the engine's results at `thresholdPct`. */
export function markStatsShown(map: MapLibreMap, thresholdPct: number): void {
  if (window.__phusong?.map !== map) return;
  window.__phusong.statsThresholdPct = thresholdPct;
  window.__phusong.statsShown++;
}
