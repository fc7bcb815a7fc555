// `npm run server`: the province's shared server on PORT (8787), on DATABASE_URL or a local PostgreSQL + PostGIS
// cluster under .data/ (created on first use), serving the built app at `/`.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startLocalCluster, type LocalCluster } from './db/localCluster.ts';
import { startServer } from './start.ts';

const root = join(import.meta.dirname, '..');

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((t, name) => Math.max(t, newest(join(path, name))), stat.mtimeMs);
}

/** Builds the app with Vite when dist/ is missing or older than its sources. */
async function buildApp(): Promise<void> {
  const index = join(root, 'dist', 'index.html');
  const sources = ['src', 'public', 'index.html', 'package-lock.json'].map((p) => join(root, p)).filter(existsSync);
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newest))) return;
  console.log('server: building the app (vite build)');
  const { build } = await import('vite');
  await build({ root, logLevel: 'warn', mode: 'production' });
}

const port = Number(process.env.PORT ?? 8787);
let cluster: LocalCluster | null = null;
let databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.log('server: no DATABASE_URL; starting the local PostgreSQL + PostGIS cluster in .data/');
  cluster = await startLocalCluster(join(root, '.data'));
  databaseUrl = cluster.url;
}
await buildApp();
const server = await startServer({
  databaseUrl,
  port,
  host: process.env.HOST ?? '127.0.0.1',
  distDir: join(root, 'dist'),
  ...(process.env.PHUSONG_ADMIN_PASSWORD ? { adminPassword: process.env.PHUSONG_ADMIN_PASSWORD } : {}),
});
console.log(`server: listening on ${server.url} (API under /api, description at /api/openapi.json)`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  await cluster?.stop();
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
