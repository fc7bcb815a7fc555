import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { createApp } from './app.ts';
import { hashPassword } from './auth/password.ts';
import { audit } from './data/audit.ts';
import { migrate } from './db/migrate.ts';
import { inTransaction, SYSTEM } from './db/transaction.ts';
import { MIN_PASSWORD } from './routes/users.ts';
import type { StatsCache } from './stats/statsCache.ts';

export interface StartOptions {
  databaseUrl: string;
  /** 0 picks a free port. */
  port: number;
  host?: string;
  distDir?: string | null;
  /** Creates the user `admin` with this password when the database has no user yet. */
  adminPassword?: string;
  log?: (message: string) => void;
}

export interface RunningServer {
  url: string;
  pool: pg.Pool;
  stats: StatsCache;
  close(): Promise<void>;
}

/** Migrates the database, creates the first admin if asked, and listens. */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
  // An idle connection PostgreSQL ends (a restart, an administrator) is an event to tell, not a crash: without a
  // listener the pool's 'error' took down the process (seen in doneWhen.test.ts's restart of PostgreSQL).
  pool.on('error', (e) => (options.log ?? ((m: string) => console.error(m)))(`database connection lost: ${e.message}`));
  try {
    await migrate(pool);
    if (options.adminPassword) await ensureAdmin(pool, options.adminPassword);
  } catch (e) {
    await pool.end();
    throw e;
  }
  const { server, stats } = createApp({ pool, distDir: options.distDir ?? null, log: options.log });
  await new Promise<void>((resolve) => server.listen(options.port, options.host ?? '127.0.0.1', resolve));
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address.includes(':') ? `[${address}]` : address}:${port}`,
    pool,
    stats,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await stats.close();
      await pool.end();
    },
  };
}

/** The user `admin` on an empty database (an existing one keeps its password). */
async function ensureAdmin(pool: pg.Pool, password: string): Promise<void> {
  if (password.length < MIN_PASSWORD) throw new Error(`PHUSONG_ADMIN_PASSWORD needs at least ${MIN_PASSWORD} characters.`);
  const hash = await hashPassword(password);
  await inTransaction(pool, SYSTEM, async (client) => {
    await client.query('LOCK TABLE users IN EXCLUSIVE MODE');
    const { rows } = await client.query("INSERT INTO users (username, password_hash, role) SELECT 'admin', $1, 'admin' WHERE NOT EXISTS (SELECT 1 FROM users) RETURNING id", [hash]);
    if (rows[0]) await audit(client, { actor: SYSTEM, action: 'user_created', target: 'admin', detail: { id: Number(rows[0].id), role: 'admin', by: 'PHUSONG_ADMIN_PASSWORD' } });
  });
}
