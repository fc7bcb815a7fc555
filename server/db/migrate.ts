import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type pg from 'pg';

const MIGRATIONS = join(import.meta.dirname, '..', 'migrations');

/**
 * Applies the numbered SQL files of server/migrations not yet applied, in order, each in its own transaction
 * with its row in schema_migrations, so a failed migration leaves the schema as it was. Servers starting together
 * take turns (an advisory lock). Returns the versions applied now.
 */
export async function migrate(pool: pg.Pool): Promise<number[]> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock(hashtext($1))', ['phusong.migrate']);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
    );
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    const names = readdirSync(MIGRATIONS).filter((f) => /^\d+_.*\.sql$/.test(f)).sort();
    const byVersion = new Map<number, string>();
    for (const name of names) {
      const version = Number.parseInt(name, 10);
      const other = byVersion.get(version);
      // Two branches may each add "their" next migration: applying one would hide the other for good.
      if (other) throw new Error(`Migrations ${other} and ${name} share version ${version}; renumber one of them.`);
      byVersion.set(version, name);
    }
    for (const name of names) {
      const version = Number.parseInt(name, 10);
      if (done.has(version)) continue;
      await client.query('BEGIN');
      try {
        await client.query(readFileSync(join(MIGRATIONS, name), 'utf8'));
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [version, name]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw new Error(`Migration ${name} failed: ${e instanceof Error ? e.message : String(e)}`);
      }
      applied.push(version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock(hashtext($1))', ['phusong.migrate']).catch(() => {});
    client.release();
  }
}
