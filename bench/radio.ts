/**
 * The radio model's benchmarks: `stats` on the Bắc Ninh case with the model beside the same run with radii, the
 * model's accuracy against the page's formulas evaluated point by point, and the national synthetic case in a
 * process of its own (for its peak memory). Run alone: `npx tsx bench/radio.ts`; `npm run bench` runs it too.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { statsCommand } from '../src/cli/commands/stats.ts';
import { mulberry32 } from '../src/core/demo/random.ts';
import { stationsToCsv } from '../src/core/export/stationsToCsv.ts';
import { villagesToGeoJson } from '../src/core/export/villagesToGeoJson.ts';
import { importLayer } from '../src/core/import/importLayer.ts';
import { MEASURED_TECHS, type Area, type Commune, type Station } from '../src/core/model.ts';
import { parseRadioModel } from '../src/core/radio/parseRadioModel.ts';
import type { RadioModel } from '../src/core/radio/radioModel.ts';
import { createEnvironmentLookup } from '../src/core/radio/stationEnvironment.ts';
import { bandBudgets, rangeAtGainM } from '../src/core/radio/stationRanges.ts';
import { createRadioOracle } from './radioOracle.ts';
import { ACCURACY_MODEL_FILE, placeModelStations } from './radioStations.ts';
import { splitCommunesByGrid } from './splitVillages.ts';

const ROOT = join(import.meta.dirname, '..');
const WARDS = join(ROOT, '../shared/data/real/bac_ninh_wards_2025.geojson');
const ms = (t: number) => `${t.toFixed(0)} ms`;

/** The same stations with each technology's radius set to its range at boresight under `model`. */
function withModelRadii(stations: readonly Station[], communes: readonly Commune[], model: RadioModel): Station[] {
  const environmentOf = createEnvironmentLookup(communes);
  return stations.map((s) => {
    const { environment } = environmentOf(s, model);
    const radiusM = Object.fromEntries(
      MEASURED_TECHS.filter((t) => s.techs.includes(t)).map((t) => [t, Math.round(rangeAtGainM(bandBudgets(s, t, model, environment), 0, model.maxRangeM))]),
    );
    return { ...s, radiusM };
  });
}

function statsArgs(dir: string, stations: string, radio: boolean): string[] {
  const args = ['--communes', WARDS, '--villages', join(dir, 'villages.geojson'), '--stations', join(dir, stations), '--out', join(dir, 'out')];
  return radio ? [...args, '--radio', join(dir, 'model.json')] : args;
}

/** Wall time of one `stats` command in a new process, as a user runs it. */
function timeStats(dir: string, stations: string, radio: boolean): number {
  const t0 = performance.now();
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts/cli.mjs'), 'stats', ...statsArgs(dir, stations, radio)], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`stats failed: ${run.stderr}`);
  return performance.now() - t0;
}

/** CPU time of one `stats` command in this (warm) process: steadier than wall time on a machine others are using. */
async function cpuOfStats(dir: string, stations: string, radio: boolean): Promise<number> {
  const { log, error } = console;
  console.log = () => {};
  console.error = () => {};
  const cpu0 = process.cpuUsage();
  const code = await statsCommand.run(statsArgs(dir, stations, radio));
  const cpu = process.cpuUsage(cpu0);
  console.log = log;
  console.error = error;
  if (code !== 0) throw new Error('stats failed');
  return (cpu.user + cpu.system) / 1000;
}

async function bacNinh(): Promise<void> {
  console.log('\n## Radio model: Bắc Ninh 2025 wards split into villages, 6,000 model stations');
  if (!existsSync(WARDS)) return void console.log('(skipped: ../shared/data/real absent)');
  const imported = await importLayer(new Uint8Array(readFileSync(WARDS)), 'bac_ninh_wards_2025.geojson', 'communes');
  if (!imported.ok || imported.layer.kind !== 'communes') throw new Error('the wards did not import');
  const communes = imported.layer.communes;
  const villages = splitCommunesByGrid(communes, 0.019);
  const stations = placeModelStations(mulberry32(2025), [105.85, 20.95, 107.05, 21.65], 6000);
  const parsed = parseRadioModel(ACCURACY_MODEL_FILE);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const dir = mkdtempSync(join(tmpdir(), 'phusong-bench-radio-'));
  writeFileSync(join(dir, 'villages.geojson'), villagesToGeoJson(villages));
  writeFileSync(join(dir, 'model.json'), ACCURACY_MODEL_FILE);
  writeFileSync(join(dir, 'stations.csv'), stationsToCsv(stations));
  writeFileSync(join(dir, 'stations_radii.csv'), stationsToCsv(withModelRadii(stations, communes, parsed.model)));
  const sectored = stations.filter((s) => s.azimuths.length > 0).length;
  console.log(`${communes.length} communes, ${villages.length} villages, ${stations.length} stations (${sectored} sectored, 65-90°), bands B1/B3/B8/n78/fr3`);

  timeStats(dir, 'stations.csv', true); // builds the CLI bundle if a source changed
  const radii: number[] = [];
  const model: number[] = [];
  for (let i = 0; i < 3; i++) {
    radii.push(timeStats(dir, 'stations_radii.csv', false));
    model.push(timeStats(dir, 'stations.csv', true));
  }
  const best = (xs: number[]) => Math.min(...xs);
  console.log('stats command, a new process each time, side by side (radii = each station\'s model range at boresight, sectors as wedges):');
  console.log(`  with radii:          best ${ms(best(radii))} of ${radii.map(ms).join(', ')}`);
  console.log(`  with --radio model:  best ${ms(best(model))} of ${model.map(ms).join(', ')}`);
  console.log(`  model / radii: x${(best(model) / best(radii)).toFixed(2)} (best of each)`);
  await cpuOfStats(dir, 'stations.csv', true);
  const radiiCpu: number[] = [];
  const modelCpu: number[] = [];
  for (let i = 0; i < 3; i++) {
    radiiCpu.push(await cpuOfStats(dir, 'stations_radii.csv', false));
    modelCpu.push(await cpuOfStats(dir, 'stations.csv', true));
  }
  console.log(`the same in this warm process, CPU time: radii best ${ms(best(radiiCpu))} of ${radiiCpu.map(ms).join(', ')}; ` +
    `model best ${ms(best(modelCpu))} of ${modelCpu.map(ms).join(', ')}; model / radii x${(best(modelCpu) / best(radiiCpu)).toFixed(2)}`);

  console.log('\n## Radio model accuracy: stats --radio against the page model evaluated point by point');
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'out/villages.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const rand = mulberry32(23);
  const errors: number[] = [];
  const selfErrors: number[] = [];
  let partial = 0;
  const t0 = performance.now();
  for (const tech of MEASURED_TECHS) {
    const oracle = createRadioOracle(stations, communes, parsed.model, tech);
    const key = `pct_${tech.toLowerCase()}`;
    const inPart = rows.map((r, i) => [Number(r[key]), i] as const).filter(([p]) => p > 0 && p < 100).map(([, i]) => i);
    for (let k = 0; k < 100; k++) {
      const pool = k % 2 === 0 && inPart.length > 0 ? inPart : rows.map((_, i) => i);
      const i = pool[Math.floor(rand() * pool.length)]!;
      const got = Number(rows[i]![key]);
      if (got > 0 && got < 100) partial++;
      const exact = oracle.villagePct(villages[i]!.geometry as Area, 300);
      errors.push(Math.abs(got - exact));
      if (k < 15) selfErrors.push(Math.abs(oracle.villagePct(villages[i]!.geometry as Area, 150) - exact));
    }
  }
  const stats = (xs: number[]) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `mean ${(sorted.reduce((a, b) => a + b, 0) / sorted.length).toFixed(3)} pp, p99 ${sorted[Math.floor(0.99 * (sorted.length - 1))]!.toFixed(3)} pp, max ${sorted.at(-1)!.toFixed(3)} pp`;
  };
  console.log(`${errors.length} village x tech pairs (${partial} partly covered), 300 x 300 lattice per village: ${stats(errors)}`);
  console.log(`oracle's own error, 150 x 150 against 300 x 300 lattice on ${selfErrors.length} pairs: ${stats(selfErrors)}; ${ms(performance.now() - t0)} in all`);
}

function national(): void {
  console.log('\n## Radio model: national synthetic, 100,000 villages, 300,000 model stations (a process of its own)');
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'nationalRadio.ts')], { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`nationalRadio failed: ${run.stderr}`);
  process.stdout.write(run.stdout);
}

await bacNinh();
national();
