import { parentPort } from 'node:worker_threads';
import type { LayerWarnings } from '../../src/core/import/crossCheckLayers.ts';
import type { Dataset } from '../../src/core/model.ts';
import { computeFigures } from './figures.ts';

// Computes a version's figures off the server's main thread, which keeps answering meanwhile.
parentPort!.on('message', ({ job, version, dataset, warnings }: { job: number; version: number; dataset: Dataset; warnings: LayerWarnings }) => {
  try {
    parentPort!.postMessage({ job, figures: computeFigures(version, dataset, warnings) });
  } catch (e) {
    parentPort!.postMessage({ job, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
