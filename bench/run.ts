import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { statsCommand } from '../src/cli/commands/stats.ts';
import { loadDataset } from '../src/cli/loadDataset.ts';
import { importLayer } from '../src/core/import/importLayer.ts';
import { buildTechLayer } from '../src/core/coverage/buildCoverageLayer.ts';
import { rasterizeCoverage } from '../src/core/coverage/rasterizeCoverage.ts';
import { radiusShapeProvider } from '../src/core/coverage/shapeProvider.ts';
import { createEmptyDataset, MEASURED_TECHS, type Area, type Dataset, type Station, type Village } from '../src/core/model.ts';
import { computeStats } from '../src/core/stats/computeStats.ts';
import { measureVillage } from '../src/core/stats/measureVillage.ts';
import { createJitteredGrid } from './nationalGrid.ts';
import { mulberry32 } from '../src/core/demo/random.ts';
import { placeRandomStations, splitCommunesByGrid } from './splitVillages.ts';
import { turfCoveredPct } from './turfOracle.ts';
import { createVillagePoints } from './villagePoints.ts';

const ROOT = join(import.meta.dirname, '..');
const REAL = join(ROOT, '../shared/data/real');
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;
const peak = () => `peak RSS so far ${mb(process.resourceUsage().maxRSS * 1024)}`;
const ms = (t: number) => `${t.toFixed(0)} ms`;

function writeCase(dir: string, data: Pick<Dataset, 'communes' | 'villages' | 'stations'>): void {
  const fc = (features: object[]) => JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(join(dir, 'communes.geojson'), fc(data.communes.map((c) => ({ type: 'Feature', properties: { code: c.code, name: c.name }, geometry: c.geometry }))));
  writeFileSync(
    join(dir, 'villages.geojson'),
    fc(data.villages.map((v) => ({ type: 'Feature', properties: { village_id: v.id, name: v.name, commune_id: v.communeCode, population: v.population }, geometry: v.geometry }))),
  );
  writeFileSync(
    join(dir, 'stations.csv'),
    Papa.unparse(
      data.stations.map((s) => ({
        station_id: s.id,
        operator: s.operator,
        lat: s.lat,
        lon: s.lon,
        tech: s.techs.join(';'),
        tower_id: s.towerId ?? '',
        height_m: s.heightM ?? '',
        radius_4g_m: s.radiusM['4G'] ?? '',
        radius_5g_m: s.radiusM['5G'] ?? '',
        radius_6g_m: s.radiusM['6G'] ?? '',
        azimuths: s.azimuths.join(';'),
        beamwidth_deg: s.beamwidthDeg ?? '',
      })),
    ),
  );
}

async function timeStatsCommand(dir: string): Promise<number> {
  const { log, error } = console;
  console.log = () => {};
  console.error = () => {};
  const t0 = performance.now();
  const args = ['--communes', 'communes.geojson', '--villages', 'villages.geojson', '--stations', 'stations.csv'].map((a) => (a.startsWith('--') ? a : join(dir, a)));
  await statsCommand.run([...args, '--out', join(dir, 'out')]);
  const t = performance.now() - t0;
  console.log = log;
  console.error = error;
  return t;
}

/** Wall time of one `stats` run in a process of its own, as a user types it; fails loudly if the command does. */
function timeColdStats(dir: string, command: string, prefix: string[]): number {
  const args = ['stats', '--communes', 'communes.geojson', '--villages', 'villages.geojson', '--stations', 'stations.csv'].map((a) =>
    a.endsWith('.geojson') || a.endsWith('.csv') ? join(dir, a) : a,
  );
  const t0 = performance.now();
  const run = spawnSync(command, [...prefix, ...args, '--out', join(dir, 'out')], { cwd: ROOT, encoding: 'utf8' });
  const t = performance.now() - t0;
  if (run.status !== 0) throw new Error(`stats failed: ${run.stderr}`);
  return t;
}

function accuracy(villages: Village[], stations: Station[], pairs: number, seed: number) {
  const rand = mulberry32(seed);
  const layers = MEASURED_TECHS.map((tech) => buildTechLayer(stations, [], tech, radiusShapeProvider));
  const errors: number[] = [];
  let turfMs = 0;
  let engineMs = 0;
  let turfVillages = 0;
  for (let k = 0; k < pairs; k++) {
    const v = villages[Math.floor(rand() * villages.length)]!;
    const t = Math.floor(rand() * 3);
    const geometry = v.geometry as Area;
    const t0 = performance.now();
    const exact = turfCoveredPct(geometry, stations, MEASURED_TECHS[t]!);
    const t1 = performance.now();
    const got = measureVillage(geometry, [layers[t]!]).pct[0]!;
    engineMs += performance.now() - t1;
    turfMs += t1 - t0;
    turfVillages++;
    errors.push(Math.abs(got - exact));
  }
  errors.sort((a, b) => a - b);
  const mae = errors.reduce((a, b) => a + b, 0) / errors.length;
  const p99 = errors[Math.min(errors.length - 1, Math.floor(0.99 * errors.length))]!;
  return { mae, p99, max: errors[errors.length - 1]!, turfPerPair: turfMs / turfVillages, enginePerPair: engineMs / turfVillages };
}

async function bacNinh(): Promise<void> {
  console.log('\n## Case 1: Bắc Ninh 2025 communes split into villages, 6,000 stations');
  if (!existsSync(REAL)) return void console.log('(skipped: ../shared/data/real absent)');
  const dir = mkdtempSync(join(tmpdir(), 'phusong-bench-'));
  const loaded = await loadDataset({
    communes: join(REAL, 'bac_ninh_wards_2025.geojson'),
    villages: join(import.meta.dirname, '../tests/fixtures/stats/villages.geojson'),
    stations: join(import.meta.dirname, '../tests/fixtures/stats/stations.csv'),
  });
  if ('error' in loaded) throw new Error(loaded.error);
  const real = loaded.dataset;
  const villages = splitCommunesByGrid(real.communes, 0.019);
  const rand = mulberry32(2025);
  const stations = placeRandomStations(rand, [105.85, 20.95, 107.05, 21.65], 6000);
  writeCase(dir, { communes: real.communes, villages, stations });
  const vertices = villages.reduce((n, v) => n + JSON.stringify(v.geometry).split('],[').length, 0);
  console.log(`${real.communes.length} communes, ${villages.length} villages (~${vertices} vertices), ${stations.length} stations`);
  const cold = (command: string, prefix: string[]) => timeColdStats(dir, command, prefix);
  cold(process.execPath, [join(ROOT, 'scripts/cli.mjs')]); // builds the CLI bundle if a source changed
  const direct = [1, 2, 3].map(() => cold(process.execPath, [join(ROOT, 'scripts/cli.mjs')]));
  const viaNpm = [1, 2, 3].map(() => cold('npm', ['run', '-s', 'cli', '--']));
  console.log(`stats command, a new process each time (start, read files, compute, write CSV/JSON):`);
  console.log(`  node scripts/cli.mjs stats ...: best ${ms(Math.min(...direct))} of ${direct.map(ms).join(', ')}`);
  console.log(`  npm run cli -- stats ...:       best ${ms(Math.min(...viaNpm))} of ${viaNpm.map(ms).join(', ')} (npm itself starts a node process first)`);
  await timeStatsCommand(dir);
  const runs = [await timeStatsCommand(dir), await timeStatsCommand(dir), await timeStatsCommand(dir)];
  console.log(`  in this process, already warm: best ${ms(Math.min(...runs))} of ${runs.map(ms).join(', ')}; ${peak()}`);
  const dataset: Dataset = { ...real, villages, stations };
  const t0 = performance.now();
  computeStats(dataset);
  const tc = performance.now() - t0;
  console.log(`computeStats alone: ${ms(tc)} = ${(tc / villages.length).toFixed(3)} ms per village for 3 techs + fibre flag`);
  const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8'));
  console.log(`summary: 4G ${summary.pct_4g}%, 5G ${summary.pct_5g}%, 6G ${summary.pct_6g}%, sites ${summary.sites}, shared ${summary.shared_sites} (${summary.sharing_pct}%)`);

  console.log('\n## Case 3 + 4: accuracy and speed against the exact Turf overlay (Bắc Ninh villages)');
  const acc = accuracy(villages, stations, 300, 11);
  console.log(`300 village x tech pairs: MAE ${acc.mae.toFixed(4)} pp, p99 ${acc.p99.toFixed(4)} pp, max ${acc.max.toFixed(4)} pp`);
  console.log(
    `per village and tech: Turf ${acc.turfPerPair.toFixed(1)} ms, engine ${acc.enginePerPair.toFixed(3)} ms (cold, one layer); ` +
      `in the full run ${(tc / villages.length / 3).toFixed(3)} ms -> speed-up x${Math.round(acc.turfPerPair / (tc / villages.length / 3))}`,
  );

  console.log('\n## Raster: rasterizeCoverage 1024 x 1024, 5,000 stations, 4G');
  const grid = { west: 105.85, south: 20.95, east: 107.05, north: 21.65, width: 1024, height: 1024 };
  rasterizeCoverage(stations.slice(0, 5000), [], '4G', grid, radiusShapeProvider);
  const tr = performance.now();
  const raster = rasterizeCoverage(stations.slice(0, 5000), [], '4G', grid, radiusShapeProvider);
  console.log(`${ms(performance.now() - tr)}, ${((100 * raster.reduce((a, b) => a + b, 0)) / raster.length).toFixed(1)}% of pixels covered`);
}

async function bacNinhPoints(): Promise<void> {
  console.log('\n## Case 1b: the same wards with 2,000 village points (no boundaries), 6,000 stations');
  if (!existsSync(REAL)) return void console.log('(skipped: ../shared/data/real absent)');
  const file = join(REAL, 'bac_ninh_wards_2025.geojson');
  const read = await importLayer(new Uint8Array(readFileSync(file)), file, 'communes');
  if (!read.ok || read.layer.kind !== 'communes') throw new Error(read.ok ? read.kind : read.error);
  const communes = read.layer.communes;
  const villages = createVillagePoints(communes, 2000);
  const stations = placeRandomStations(mulberry32(2025), [105.85, 20.95, 107.05, 21.65], 6000);
  const dir = mkdtempSync(join(tmpdir(), 'phusong-bench-'));
  writeCase(dir, { communes, villages, stations });
  console.log(`${communes.length} communes, ${villages.length} village points, ${stations.length} stations; the command estimates the villages' cells`);
  const cold = [1, 2, 3].map(() => timeColdStats(dir, process.execPath, [join(ROOT, 'scripts/cli.mjs')]));
  console.log(`  node scripts/cli.mjs stats ..., a new process each time: best ${ms(Math.min(...cold))} of ${cold.map(ms).join(', ')}`);
  const summary = JSON.parse(readFileSync(join(dir, 'out', 'summary.json'), 'utf8'));
  console.log(`  summary: 4G ${summary.pct_4g}%, 5G ${summary.pct_5g}%, sites ${summary.sites}, shared ${summary.shared_sites}`);
}

function national(): void {
  console.log('\n## Case 2: national synthetic, 100,000 villages, 300,000 stations');
  const rand = mulberry32(84);
  const t0 = performance.now();
  const { villages, communes } = createJitteredGrid(rand, 317, 316, 0.0166);
  const stations = placeRandomStations(rand, [102.5, 9, 102.5 + 317 * 0.0166, 9 + 316 * 0.0166], 300_000);
  console.log(`generated ${villages.length} villages, ${communes.length} communes, ${stations.length} stations in ${ms(performance.now() - t0)}`);
  const dataset: Dataset = {
    ...createEmptyDataset({ code: 'synthetic', name: 'Tổng hợp', nameEn: 'Synthetic', isDemo: true }),
    communes,
    villages,
    stations,
  };
  const t1 = performance.now();
  const stats = computeStats(dataset);
  console.log(
    `computeStats: ${ms(performance.now() - t1)} (${stats.province.sites} sites, 4G ${stats.province.pct['4G']?.toFixed(1) ?? 'no data'}%); ` +
      `heap now ${mb(process.memoryUsage().heapUsed)}; ${peak()}`,
  );
}

console.log(`# phusong bench (Node ${process.version})`);
await bacNinh();
await bacNinhPoints();
national();
// The demo generator and import figures live in their own scripts (runnable alone); importing runs them.
console.log('\n## Demo generator (bench/demo.ts)');
await import('./demo.ts');
console.log('\n## Import (bench/import.ts)');
await import('./import.ts');
console.log('\n## Geometry (bench/geometry.ts)');
await import('./geometry.ts');
console.log('\n## Hostile files through check (bench/hostile.ts)');
await import('./hostile.ts');
console.log('\n## Threshold change (bench/threshold.ts)');
await import('./threshold.ts');
console.log('\n## In the browser (bench/browser.ts)');
await import('./browser.ts');
console.log('\n## What-if edits (bench/whatif.ts)');
await import('./whatif.ts');
console.log('\n## Siting optimiser (bench/plan.ts)');
await import('./plan.ts');
// The server's figures need PostgreSQL + PostGIS; the script says so and skips where they are not installed.
await import('./server.ts');
console.log('\n## Radio model (bench/radio.ts)');
await import('./radio.ts');
// The million-point drive test runs in a process of its own, so that its peak memory is its own.
console.log('\n## Drive test import and calibration (bench/calibrate.ts)');
const calibration = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'calibrate.ts')], { cwd: ROOT, encoding: 'utf8' });
if (calibration.status !== 0) throw new Error(`bench/calibrate.ts failed: ${calibration.stderr}`);
process.stdout.write(calibration.stdout);
