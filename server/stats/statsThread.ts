import { Worker } from 'node:worker_threads';
import type { LayerWarnings } from '../../src/core/import/crossCheckLayers.ts';
import type { Dataset } from '../../src/core/model.ts';
import type { VersionFigures } from './figures.ts';

type Pending = { resolve: (f: VersionFigures) => void; reject: (e: Error) => void };

/**
 * One worker thread that computes figures (see statsWorker.ts): the engine takes seconds on a province, and on the
 * main thread every other request would wait for it. Started on first use; jobs queue in the worker.
 */
export class StatsThread {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private next = 0;

  compute(version: number, dataset: Dataset, warnings: LayerWarnings): Promise<VersionFigures> {
    const worker = this.start();
    const job = this.next++;
    return new Promise((resolve, reject) => {
      this.pending.set(job, { resolve, reject });
      worker.postMessage({ job, version, dataset, warnings });
    });
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./statsWorker.mjs', import.meta.url));
    worker.on('message', ({ job, figures, error }: { job: number; figures?: VersionFigures; error?: string }) => {
      const p = this.pending.get(job);
      this.pending.delete(job);
      if (error !== undefined) p?.reject(new Error(error));
      else p?.resolve(figures!);
    });
    const fail = (e: Error) => {
      for (const p of this.pending.values()) p.reject(e);
      this.pending.clear();
      this.worker = null;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`The stats worker stopped (exit code ${code}).`)));
    this.worker = worker;
    return worker;
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    await worker?.terminate();
  }
}
