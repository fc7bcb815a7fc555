import { proxy, wrap } from 'comlink';
import type { LoadedData, ProgressCallback, WorkerApi } from '../worker/api.ts';
import type { AppStats, StatsProgress } from '../worker/runStats.ts';

let api: ReturnType<typeof wrap<WorkerApi>> | null = null;

/** The core runs in one module worker, started on first use. */
function workerApi() {
  api ??= wrap<WorkerApi>(new Worker(new URL('../worker/worker.ts', import.meta.url), { type: 'module' }));
  return api;
}

/** Loads the demo province in the worker; progress arrives through a proxied callback, pixels are transferred. */
export function loadDemoInWorker(onProgress: ProgressCallback): Promise<LoadedData> {
  return workerApi().loadDemo({}, proxy(onProgress));
}

/** Runs the engine in the worker on the data loaded there, at `thresholdPct` (percent). */
export function computeStatsInWorker(thresholdPct: number, onProgress: StatsProgress): Promise<AppStats> {
  return workerApi().computeStats(thresholdPct, proxy(onProgress));
}
