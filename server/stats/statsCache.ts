import type pg from 'pg';
import { loadPublished, type Version } from '../data/published.ts';
import { inTransaction, SYSTEM } from '../db/transaction.ts';
import type { VersionFigures } from './figures.ts';
import { StatsThread } from './statsThread.ts';

export type { VersionFigures } from './figures.ts';

/** Versions kept in memory; older ones are read back from the stats_cache table. */
const KEEP = 8;

/**
 * The engine's figures per published version, computed once (in a worker thread) with the core's `computeStats`
 * on the published data, as `npm run cli -- stats` computes them from files, and kept: in memory for the latest
 * versions, and in the stats_cache table so a restart does not compute them again. Requests for a version being
 * computed wait for that one computation.
 */
export class StatsCache {
  private readonly memory = new Map<number, Promise<VersionFigures>>();
  private readonly thread = new StatsThread();

  constructor(private readonly pool: pg.Pool) {}

  figures(version: Version): Promise<VersionFigures> {
    let entry = this.memory.get(version.id);
    if (!entry) {
      entry = this.load(version);
      this.memory.set(version.id, entry);
      entry.catch(() => this.memory.delete(version.id));
      for (const key of this.memory.keys()) if (this.memory.size > KEEP && key !== version.id) this.memory.delete(key);
    }
    return entry;
  }

  private async load(version: Version): Promise<VersionFigures> {
    const stored = await this.pool.query<{ result: VersionFigures }>('SELECT result FROM stats_cache WHERE version = $1', [version.id]);
    if (stored.rows[0]) return stored.rows[0].result;
    const { dataset, warnings } = await inTransaction(this.pool, SYSTEM, (client) => loadPublished(client, version));
    const figures = await this.thread.compute(version.id, dataset, warnings);
    await this.pool.query('INSERT INTO stats_cache (version, result) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING', [version.id, JSON.stringify(figures)]);
    return figures;
  }

  close(): Promise<void> {
    return this.thread.close();
  }
}
