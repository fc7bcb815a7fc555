import type pg from 'pg';
import { communeColumns, summaryColumns, villageColumns } from '../../src/core/export/statsColumns.ts';
import type { Dataset } from '../../src/core/model.ts';
import { computeStats } from '../../src/core/stats/computeStats.ts';
import { choosePlan } from '../../src/core/targets/choosePlan.ts';
import { listPlans } from '../../src/core/targets/listPlans.ts';
import { inTransaction, SYSTEM } from '../db/transaction.ts';
import { loadPublished, type Version } from '../data/published.ts';

/** The figures of one published version, in the columns of the command line's files. */
export interface VersionFigures {
  version: number;
  /** summary.json. */
  summary: Record<string, unknown>;
  /** Per commune code: its communes.csv row and its villages' villages.csv rows. */
  communes: Record<string, { commune: Record<string, unknown>; villages: Record<string, unknown>[] }>;
}

/** Versions kept in memory; older ones are read back from the stats_cache table. */
const KEEP = 8;

/**
 * The engine's figures per published version, computed once with the core's `computeStats` on the published
 * data (as `npm run cli -- stats` computes them from files) and kept: in memory for the latest versions, and in
 * the stats_cache table so a restart does not compute them again. Requests for a version being computed wait
 * for that one computation.
 */
export class StatsCache {
  private readonly memory = new Map<number, Promise<VersionFigures>>();

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
    const figures = await inTransaction(this.pool, SYSTEM, async (client) => compute(version, await loadPublished(client, version)));
    await this.pool.query('INSERT INTO stats_cache (version, result) VALUES ($1, $2) ON CONFLICT (version) DO NOTHING', [version.id, JSON.stringify(figures)]);
    return figures;
  }
}

function compute(version: Version, dataset: Dataset): VersionFigures {
  const stats = computeStats(dataset);
  const plan = choosePlan(listPlans().plans, dataset.province.code);
  const summary = summaryColumns(stats, dataset, plan, new Date().toISOString().slice(0, 10));
  const communes: VersionFigures['communes'] = {};
  for (const c of stats.communes) communes[c.code] = { commune: communeColumns(c, stats.thresholdPct), villages: [] };
  for (const v of stats.villages) communes[v.communeCode]?.villages.push(villageColumns(v, stats.thresholdPct));
  return { version: version.id, summary, communes };
}
