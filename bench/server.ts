// The server on a province of 5,000 villages and 10,000 stations: upload, review (diff), approve and stats times
// over HTTP, against a throwaway PostgreSQL + PostGIS cluster. `npm run bench:server`; `npm run bench` runs it too
// when PostgreSQL and PostGIS are installed.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findPostgresBin, hasPostgis, startLocalCluster } from '../server/db/localCluster.ts';
import { startServer } from '../server/start.ts';
import { communesToGeoJson } from '../src/core/export/communesToGeoJson.ts';
import { stationsToCsv } from '../src/core/export/stationsToCsv.ts';
import { villagesToGeoJson } from '../src/core/export/villagesToGeoJson.ts';
import { importLayer } from '../src/core/import/importLayer.ts';
import { mulberry32 } from '../src/core/demo/random.ts';
import type { Commune, Village } from '../src/core/model.ts';
import { createJitteredGrid } from './nationalGrid.ts';
import { placeRandomStations, splitCommunesByGrid } from './splitVillages.ts';

const WARDS = join(import.meta.dirname, '../../shared/data/real/bac_ninh_wards_2025.geojson');
const ms = (t: number) => `${t.toFixed(0)} ms`;

console.log('\n## Server (bench/server.ts): 5,000 villages, 10,000 stations, over HTTP on PostgreSQL + PostGIS');
const bin = findPostgresBin();
if (!bin || !hasPostgis(bin)) {
  console.log('(skipped: PostgreSQL with PostGIS is not installed; `node scripts/setup.mjs --database` installs them)');
} else {
  await run();
}

async function province(): Promise<{ communes: Commune[]; villages: Village[]; box: [number, number, number, number]; what: string }> {
  if (existsSync(WARDS)) {
    const read = await importLayer(new Uint8Array(readFileSync(WARDS)), 'wards.geojson', 'communes');
    if (read.ok && read.layer.kind === 'communes') {
      const communes = read.layer.communes;
      return { communes, villages: splitCommunesByGrid(communes, 0.0115), box: [105.85, 20.95, 107.05, 21.65], what: "Bắc Ninh's 99 real wards cut by a 0.0115° grid" };
    }
  }
  const { communes, villages } = createJitteredGrid(mulberry32(5), 71, 71, 0.0166, 105.5, 20.5);
  return { communes, villages, box: [105.5, 20.5, 106.68, 21.68], what: 'a jittered 71 x 71 grid (../shared absent)' };
}

async function run(): Promise<void> {
  const { communes, villages, box, what } = await province();
  const stations = placeRandomStations(mulberry32(9), box, 10_000);
  const files = {
    communes: communesToGeoJson(communes),
    villages: villagesToGeoJson(villages),
    stations: stationsToCsv(stations),
    // A review case: the same inventory with one station in ten moved about 100 m and one in fifty gone.
    edited: stationsToCsv(stations.filter((_, i) => i % 50 !== 0).map((s, i) => (i % 10 === 0 ? { ...s, lon: s.lon + 0.001 } : s))),
  };
  console.log(
    `${what}: ${communes.length} communes, ${villages.length} villages (${(files.villages.length / 2 ** 20).toFixed(1)} MB GeoJSON), ` +
      `${stations.length} stations (${(files.stations.length / 2 ** 20).toFixed(1)} MB CSV)`,
  );
  const dir = mkdtempSync(join(tmpdir(), 'phusong-bench-pg-'));
  chmodSync(dir, 0o711);
  const cluster = await startLocalCluster(dir);
  let server = await startServer({ databaseUrl: cluster.url, port: 0, adminPassword: 'bench-admin-password' });
  try {
    const call = async (method: string, path: string, body?: string, token?: string) => {
      const t0 = performance.now();
      const res = await fetch(server.url + path, { method, body, headers: token ? { authorization: `Bearer ${token}` } : {} });
      const json = await res.json();
      if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json)}`);
      return { json, ms: performance.now() - t0 };
    };
    const login = async () => (await call('POST', '/api/login', JSON.stringify({ username: 'admin', password: 'bench-admin-password' }))).json.token as string;
    let token = await login();
    const timings: string[] = [];
    const publish = async (kind: string, name: string, body: string) => {
      const up = await call('POST', `/api/uploads?kind=${kind}&filename=${name}`, body, token);
      const diff = await call('GET', `/api/changes/${up.json.change_id}/diff`, undefined, token);
      const ok = await call('POST', `/api/changes/${up.json.change_id}/approve`, undefined, token);
      timings.push(`  ${name.padEnd(18)} upload ${ms(up.ms).padStart(8)}, diff ${ms(diff.ms).padStart(7)}, approve ${ms(ok.ms).padStart(6)}  ${JSON.stringify(diff.json.counts)}`);
    };
    await publish('communes', 'communes.geojson', files.communes);
    await publish('villages', 'villages.geojson', files.villages);
    await publish('stations', 'stations.csv', files.stations);
    await publish('stations', 'stations-edit.csv', files.edited);
    console.log('upload (import + store in one transaction), review (diff against the published layer) and approve, each over HTTP:');
    for (const line of timings) console.log(line);

    // While a version's figures are computed (in a worker thread), the server keeps answering: health every 50 ms.
    let computing = true;
    const pings: number[] = [];
    const ping = (async () => {
      while (computing) {
        pings.push((await call('GET', '/api/health')).ms);
        await new Promise((r) => setTimeout(r, 50));
      }
    })();
    const first = await call('GET', '/api/stats', undefined, token);
    computing = false;
    await ping;
    const code = communes[Math.floor(communes.length / 2)]!.code;
    const repeat = async (path: string, n: number) => {
      const times: number[] = [];
      for (let i = 0; i < n; i++) times.push((await call('GET', path, undefined, token)).ms);
      times.sort((a, b) => a - b);
      return `median ${times[Math.floor(n / 2)]!.toFixed(1)} ms, max ${times[n - 1]!.toFixed(1)} ms`;
    };
    console.log(`stats, first request of a version (load the published data, computeStats, store): ${ms(first.ms)}`);
    console.log(`  meanwhile ${pings.length} health requests took at most ${ms(Math.max(...pings))} (median ${ms(pings.sort((a, b) => a - b)[pings.length >> 1]!)})`);
    console.log(`stats once computed, 50 requests each: province ${await repeat('/api/stats', 50)}; commune ${await repeat(`/api/stats?commune=${code}`, 50)}`);
    await server.close();
    server = await startServer({ databaseUrl: cluster.url, port: 0 });
    token = await login();
    const afterRestart = await call('GET', `/api/stats?commune=${code}`, undefined, token);
    console.log(`after a server restart, the first commune request (figures read back from stats_cache): ${afterRestart.ms.toFixed(1)} ms`);
  } finally {
    await server.close();
    await cluster.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
