import { parentPort } from 'node:worker_threads';
import type { Dataset } from '../../src/core/model.ts';
import { computeFigures } from './figures.ts';

// Computes a version's figures off the server's main thread, which keeps answering meanwhile.
parentPort!.on('message', ({ job, version, dataset }: { job: number; version: number; dataset: Dataset }) => {
  try {
    parentPort!.postMessage({ job, figures: computeFigures(version, dataset) });
  } catch (e) {
    parentPort!.postMessage({ job, error: e instanceof Error ? (e.stack ?? e.message) : String(e) });
  }
});
