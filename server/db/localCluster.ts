import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, chownSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** A PostgreSQL + PostGIS cluster in a directory of ours, on loopback only. */
export interface LocalCluster {
  /** The application's connection: the database's owner, not a superuser, so row-level security applies to it. */
  url: string;
  /** A superuser's connection to the `postgres` database, for set-up and tests. */
  adminUrl: string;
  port: number;
  stop(): Promise<void>;
}

interface Credentials {
  superuserPassword: string;
  appPassword: string;
}

const APP_ROLE = 'phusong';
const APP_DATABASE = 'phusong';

/** The newest installed PostgreSQL's programs (Debian puts them in /usr/lib/postgresql/VERSION/bin). */
export function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] === undefined ? null : join(root, versions[0], 'bin');
}

/** Whether PostGIS is installed for that PostgreSQL (its extension control file is there). */
export function hasPostgis(bin: string): boolean {
  const version = bin.split('/').at(-2);
  return existsSync(`/usr/share/postgresql/${version}/extension/postgis.control`);
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

// PostgreSQL refuses to run as root: as root, its programs run as Debian's `postgres` user, who owns the data.
const asRoot = process.getuid?.() === 0;

async function pgRun(bin: string, program: string, args: string[]): Promise<string> {
  const file = join(bin, program);
  const { stdout } = asRoot ? await run('runuser', ['-u', 'postgres', '--', file, ...args]) : await run(file, args);
  return stdout;
}

/** As root, hands `path` to the `postgres` user (created by Debian's postgresql package). */
function own(path: string): void {
  if (!asRoot) return;
  const entry = readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('postgres:'));
  const [uid, gid] = (entry?.split(':').slice(2, 4) ?? []).map(Number);
  if (uid === undefined || gid === undefined) throw new Error('Running as root needs the `postgres` user of Debian\'s postgresql package.');
  chownSync(path, uid, gid);
}

function readCredentials(root: string): Credentials | null {
  const file = join(root, 'credentials.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Credentials) : null;
}

/** The port a running cluster in `dataDir` listens on, from its postmaster.pid (line 4), or null when stopped. */
async function runningPort(bin: string, dataDir: string): Promise<number | null> {
  if (!existsSync(join(dataDir, 'postmaster.pid'))) return null;
  try {
    await pgRun(bin, 'pg_ctl', ['-D', dataDir, 'status']);
  } catch {
    return null;
  }
  const port = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[3]);
  return Number.isInteger(port) ? port : null;
}

/**
 * Starts the cluster kept under `root` (creating it on first use: initdb, a non-superuser role and database
 * `phusong` owned by it, PostGIS in that database), listening on 127.0.0.1 only, with passwords generated
 * once and kept in `root/credentials.json` (readable by the owner alone). A cluster already running there is
 * reused (and left running by `stop`). Needs PostgreSQL and PostGIS installed (`node scripts/setup.mjs --database`).
 */
export async function startLocalCluster(root: string, options: { port?: number } = {}): Promise<LocalCluster> {
  const bin = findPostgresBin();
  if (!bin || !hasPostgis(bin)) throw new Error('PostgreSQL with PostGIS is not installed: run `node scripts/setup.mjs --database`.');
  mkdirSync(root, { recursive: true });
  // The postgres user must pass through to its data directory; only the owner may list or read the rest.
  chmodSync(root, 0o711);
  const dataDir = join(root, 'pg');
  let credentials = readCredentials(root);
  if (!credentials || !existsSync(join(dataDir, 'PG_VERSION'))) {
    rmSync(dataDir, { recursive: true, force: true });
    credentials = { superuserPassword: randomBytes(18).toString('base64url'), appPassword: randomBytes(18).toString('base64url') };
    mkdirSync(dataDir, { mode: 0o700 });
    own(dataDir);
    const pwfile = join(dataDir, '..', `initdb-${process.pid}.pw`);
    writeFileSync(pwfile, `${credentials.superuserPassword}\n`, { mode: 0o600 });
    own(pwfile);
    try {
      await pgRun(bin, 'initdb', [
        '-D', dataDir, '-U', 'postgres', `--pwfile=${pwfile}`, '--auth=scram-sha-256', '--encoding=UTF8', '--locale=C.UTF-8',
      ]);
    } finally {
      rmSync(pwfile, { force: true });
    }
    writeFileSync(join(root, 'credentials.json'), JSON.stringify(credentials), { mode: 0o600 });
    chmodSync(join(root, 'credentials.json'), 0o600);
  }
  const already = await runningPort(bin, dataDir);
  const port = already ?? options.port ?? (await freePort());
  if (already === null) {
    await pgRun(bin, 'pg_ctl', [
      '-D', dataDir, '-l', join(dataDir, 'server.log'), '-w', '-t', '60',
      '-o', `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''`, 'start',
    ]);
  }
  const adminUrl = `postgres://postgres:${encodeURIComponent(credentials.superuserPassword)}@127.0.0.1:${port}/postgres`;
  await ensureAppDatabase(adminUrl, port, credentials.appPassword);
  return {
    url: `postgres://${APP_ROLE}:${encodeURIComponent(credentials.appPassword)}@127.0.0.1:${port}/${APP_DATABASE}`,
    adminUrl,
    port,
    async stop() {
      if (already === null) await pgRun(bin, 'pg_ctl', ['-D', dataDir, '-m', 'fast', '-w', 'stop']);
    },
  };
}

/** The application's role and database with PostGIS (an extension only a superuser may create). */
async function ensureAppDatabase(adminUrl: string, port: number, appPassword: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const role = await admin.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [APP_ROLE]);
    if (role.rowCount === 0) await admin.query(`CREATE ROLE ${APP_ROLE} LOGIN PASSWORD ${pg.escapeLiteral(appPassword)}`);
    const db = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [APP_DATABASE]);
    if (db.rowCount === 0) await admin.query(`CREATE DATABASE ${APP_DATABASE} OWNER ${APP_ROLE}`);
  } finally {
    await admin.end();
  }
  const inDb = new pg.Client({ connectionString: adminUrl.replace(/\/postgres$/, `/${APP_DATABASE}`), port });
  await inDb.connect();
  try {
    await inDb.query('CREATE EXTENSION IF NOT EXISTS postgis');
  } finally {
    await inDb.end();
  }
}
