// The siting optimiser on real wards with 4G gaps: plan's time and gains against reference greedy searches, and
// stats on its stations_after.csv. Run: npx tsx bench/plan.ts
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEmptyDataset, type Dataset, type Station } from '../src/core/model.ts';
import { planSites } from '../src/core/siting/planSites.ts';
import { proposedStation } from '../src/core/siting/proposedStation.ts';
import { groupSites } from '../src/core/sites/groupSites.ts';
import { stationKey } from '../src/core/sites/stationKey.ts';
import { WhatIfSession } from '../src/core/whatif/whatIfSession.ts';
import { writeProvinceFiles } from '../tests/helpers/writeProvinceFiles.ts';
import { createBacNinhCase, REAL } from './provinceCases.ts';

const ROOT = join(import.meta.dirname, '..');
const RADIUS = '2000';
const load = () => `load average ${loadavg()[0]!.toFixed(1)}`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Runs `npm run cli -- plan ...` as a new process on the case in `dir`; returns plan.json and the wall time. */
function runPlan(dir: string, name: string, flags: string[]): { plan: { demand: { people_gained: number } } & Record<string, unknown>; ms: number; out: string } {
  const out = join(dir, name);
  const files = ['--communes', join(dir, 'communes.geojson'), '--villages', join(dir, 'villages.geojson'), '--stations', join(dir, 'stations.csv')];
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/cli.mjs'), 'plan', ...files, '--tech', '4G', ...flags, '--new-site-radius-m', RADIUS, '--out', out], { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (run.status !== 0) throw new Error(`plan failed: ${run.stderr}`);
  console.log(`  ${run.stdout.trim()}`);
  return { plan: JSON.parse(readFileSync(join(out, 'plan.json'), 'utf8')), ms, out };
}

/**
 * The co-location reference: plain greedy, every candidate site's gain measured by the engine in every round, VNPT
 * put on the first station's position of each site that lacks it, as the optimiser does.
 */
function plainGreedyColocations(dataset: Dataset, operator: string, budget: number): number {
  const demand = new WhatIfSession({ ...dataset, stations: dataset.stations.filter((st) => st.operator === operator) });
  const byKey = new Map(dataset.stations.map((st) => [stationKey(st), st]));
  let candidates: Station[] = groupSites(dataset.stations)
    .filter((site) => !site.operators.includes(operator))
    .map((site, i) => {
      const anchor = byKey.get(site.stationIds[0]!)!;
      return proposedStation({ id: `ref-${i}`, operator, tech: '4G', lon: anchor.lon, lat: anchor.lat, towerId: anchor.towerId, heightM: anchor.heightM, radiusM: Number(RADIUS) });
    });
  let total = 0;
  for (let round = 0; round < budget; round++) {
    let best: { station: Station; gain: number } | null = null;
    for (const station of candidates) {
      let gain = 0;
      for (const r of demand.preview(null, station, ['4G'])) {
        const v = demand.villages[r.village]!;
        gain += (v.population * (r.pct[0]! - (v.pct['4G'] ?? 0))) / 100;
      }
      if (gain > (best?.gain ?? 0)) best = { station, gain };
    }
    if (!best) break;
    const outcome = demand.apply({ kind: 'add', station: best.station });
    if (!outcome.ok) throw new Error(outcome.error);
    total += outcome.result.effect.peopleGained['4G'];
    candidates = candidates.filter((c) => c !== best.station);
  }
  return total;
}

console.log('\n### Bắc Ninh wards with 4G gaps: 99 wards, 2,243 villages, 1,500 stations (seed 2025), new stations of 2,000 m');
if (!existsSync(REAL)) console.log('(skipped: ../shared/data/real absent)');
else {
  const data = await createBacNinhCase(1500);
  const dataset: Dataset = { ...createEmptyDataset({ code: '24', name: 'Bắc Ninh', nameEn: 'Bac Ninh', isDemo: false }), ...data };
  const dir = mkdtempSync(join(tmpdir(), 'phusong-plan-'));
  writeProvinceFiles(dir, data);

  console.log(`plan --new-sites 20, a new process (${load()}):`);
  const sites = runPlan(dir, 'sites', ['--new-sites', '20']);
  console.log(`  ${s(sites.ms)}; people gained ${sites.plan.demand.people_gained}`);
  const t0 = performance.now();
  const reference = planSites(dataset, { tech: '4G', colocations: 0, newSites: 20, radiusM: Number(RADIUS), gridM: 100, refineToM: Infinity });
  const referenceGain = reference.actions.reduce((sum, a) => sum + a.peopleGained, 0);
  console.log(
    `  reference, lazy greedy on a 100 m grid (${reference.candidates.newSite} points, no refinement), in this process: ${s(performance.now() - t0)}; ` +
      `people gained ${referenceGain.toFixed(1)} -> plan gains ${((100 * sites.plan.demand.people_gained) / referenceGain).toFixed(1)} % of it (${load()})`,
  );

  const statsOut = join(dir, 'stats');
  const files = ['--communes', join(dir, 'communes.geojson'), '--villages', join(dir, 'villages.geojson'), '--stations', join(sites.out, 'stations_after.csv')];
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/cli.mjs'), 'stats', ...files, '--out', statsOut], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`stats failed: ${run.stderr}`);
  const summary = JSON.parse(readFileSync(join(statsOut, 'summary.json'), 'utf8'));
  const after = (sites.plan as unknown as { demand: { after: { pct: number; villages_covered: number } } }).demand.after;
  console.log(`  stats on stations_after.csv: 4G ${summary.pct_4g} %, ${summary.villages_covered_4g} villages covered; plan.json claims ${after.pct} %, ${after.villages_covered}`);

  console.log(`plan --operator VNPT --colocations 30, a new process (${load()}):`);
  const colocations = runPlan(dir, 'vnpt', ['--operator', 'VNPT', '--colocations', '30']);
  const rows = readFileSync(join(colocations.out, 'plan.csv'), 'utf8').trim().split('\n').slice(1);
  const vnptSites = new Set(groupSites(data.stations).filter((site) => site.operators.includes('VNPT')).map((site) => site.id));
  const onVnpt = rows.filter((r) => vnptSites.has(r.split(',')[6]!)).length;
  console.log(`  ${s(colocations.ms)}; people gained ${colocations.plan.demand.people_gained}; ${rows.length} co-locations, ${onVnpt} on a site that had VNPT`);
  const t1 = performance.now();
  const referenceColocations = plainGreedyColocations(dataset, 'VNPT', 30);
  console.log(
    `  reference, plain greedy over the same sites (every gain every round): ${s(performance.now() - t1)}; people gained ${referenceColocations.toFixed(1)} -> ` +
      `plan gains ${((100 * colocations.plan.demand.people_gained) / referenceColocations).toFixed(1)} % of it`,
  );

  console.log(`plan --operator VNPT --colocations 30 --new-sites 20, a new process (${load()}):`);
  const both = runPlan(dir, 'both', ['--operator', 'VNPT', '--colocations', '30', '--new-sites', '20']);
  console.log(`  ${s(both.ms)} (start, read the files, plan, write the three files); people gained ${both.plan.demand.people_gained}`);
}
