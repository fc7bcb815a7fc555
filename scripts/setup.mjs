// Brings a fresh machine to the point where the app starts and the tests run:
// installs npm packages when missing or stale, (with --browser) Debian's Chromium for the browser tests, and
// (with --database) Debian's PostgreSQL and PostGIS for the server and its tests.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';

const run = (cmd) => execSync(cmd, { stdio: 'inherit' });

const installed = 'node_modules/.package-lock.json';
if (!existsSync(installed) || statSync('package-lock.json').mtimeMs > statSync(installed).mtimeMs) {
  console.log('setup: installing npm packages (npm ci)');
  run('npm ci --no-audit --no-fund');
}

const missing = [];
if (process.argv.includes('--browser') && !existsSync('/usr/bin/chromium')) missing.push('chromium');
if (process.argv.includes('--database') && !hasPostgis()) missing.push('postgresql', 'postgis');
if (missing.length > 0) {
  const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
  console.log(`setup: installing ${missing.join(', ')} from Debian`);
  run(`${sudo}apt-get update -qq`);
  run(`${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`);
}

/** Whether a PostgreSQL under /usr/lib/postgresql has PostGIS beside it (as server/db/localCluster.ts looks). */
function hasPostgis() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return false;
  return readdirSync(root).some((v) => existsSync(`${root}/${v}/bin/initdb`) && existsSync(`/usr/share/postgresql/${v}/extension/postgis.control`));
}
