// What-if edits: the `whatif` command on the Bắc Ninh bench case (100 random edits, each checked against a full
// computation), and single edits on the national synthetic case. Run: npx tsx bench/whatif.ts
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createRandom, mulberry32 } from '../src/core/demo/random.ts';
import { createEmptyDataset, type Dataset } from '../src/core/model.ts';
import { computeStats } from '../src/core/stats/computeStats.ts';
import { compareStats } from '../src/core/whatif/compareStats.ts';
import { randomEdit } from '../src/core/whatif/randomEdit.ts';
import { WhatIfSession } from '../src/core/whatif/whatIfSession.ts';
import { writeProvinceFiles } from '../tests/helpers/writeProvinceFiles.ts';
import { createJitteredGrid } from './nationalGrid.ts';
import { createBacNinhCase, REAL } from './provinceCases.ts';
import { placeRandomStations } from './splitVillages.ts';

const ROOT = join(import.meta.dirname, '..');
const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.ceil(q * values.length) - 1]!;
const load = () => `load average ${loadavg()[0]!.toFixed(1)}`;

async function bacNinh(): Promise<void> {
  console.log('\n### Bắc Ninh bench case (99 wards, 2,243 villages, 6,000 stations): whatif --edits 100 --seed 1, a new process');
  if (!existsSync(REAL)) return void console.log('(skipped: ../shared/data/real absent)');
  const dir = mkdtempSync(join(tmpdir(), 'phusong-whatif-'));
  writeProvinceFiles(dir, await createBacNinhCase());
  const args = ['whatif', '--communes', 'communes.geojson', '--villages', 'villages.geojson', '--stations', 'stations.csv'].map((a) => (a.includes('.') ? join(dir, a) : a));
  for (const seed of [1, 2]) {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/cli.mjs'), ...args, '--edits', '100', '--seed', String(seed)], { cwd: ROOT, encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`whatif failed: ${run.stderr}`);
    const result = JSON.parse(run.stdout.trim());
    console.log(`  ${run.stdout.trim()}  full/p95 = ${(result.full_ms / result.p95_ms).toFixed(0)} (${load()})`);
  }
}

async function national(): Promise<void> {
  console.log('\n### National synthetic case (100,172 villages, 300,000 stations): 30 single edits in one process');
  const rand = mulberry32(84);
  const { villages, communes } = createJitteredGrid(rand, 317, 316, 0.0166);
  const box: [number, number, number, number] = [102.5, 9, 102.5 + 317 * 0.0166, 9 + 316 * 0.0166];
  const stations = placeRandomStations(rand, box, 300_000);
  const dataset: Dataset = { ...createEmptyDataset({ code: 'synthetic', name: 'Tổng hợp', nameEn: 'Synthetic', isDemo: true }), communes, villages, stations };
  const t0 = performance.now();
  const session = new WhatIfSession(dataset);
  console.log(`  measured once in ${((performance.now() - t0) / 1000).toFixed(1)} s (computeStats and the indexes); peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`);
  const random = createRandom(3);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < 30; i++) {
    const edit = randomEdit(session, random, box, i + 1);
    const c0 = process.cpuUsage();
    const t = performance.now();
    if (!session.apply(edit).ok) throw new Error('edit refused');
    wall.push(performance.now() - t);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const f = (x: number) => x.toFixed(1);
  console.log(`  one edit: wall p50 ${f(quantile(wall, 0.5))} ms, p95 ${f(quantile(wall, 0.95))} ms, max ${f(Math.max(...wall))} ms; CPU p50 ${f(quantile(cpu, 0.5))} ms, p95 ${f(quantile(cpu, 0.95))} ms (${load()})`);
  const t1 = performance.now();
  const full = computeStats(session.dataset());
  const diff = compareStats(session.stats(), full);
  console.log(`  after the 30 edits, a full computeStats (${((performance.now() - t1) / 1000).toFixed(1)} s) differs by at most ${diff.maxVillageDiffPp} pp, ${diff.mismatches.length} other differences`);
}

await bacNinh();
await national();
