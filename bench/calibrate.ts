/**
 * A 1,000,000-point drive test over the Bắc Ninh case's 1,250 model stations: its import (CSV through the one
 * importer) and calibration, phase by phase in this process, then `calibrate` end to end from the command line.
 * Meant to run in a process of its own (bench/run.ts starts it) for its peak memory. Run alone:
 * `node --import tsx bench/calibrate.ts`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '../src/core/demo/random.ts';
import { stationsToCsv } from '../src/core/export/stationsToCsv.ts';
import { importLayer } from '../src/core/import/importLayer.ts';
import { importMeasureLayer } from '../src/core/import/importMeasureLayer.ts';
import { calibrate } from '../src/core/measure/calibrate.ts';
import { compareMeasured } from '../src/core/measure/compareMeasured.ts';
import { createRsrpPredictor } from '../src/core/measure/predictRsrp.ts';
import type { Commune } from '../src/core/model.ts';
import { findBand } from '../src/core/radio/bands.ts';
import { DEFAULT_RADIO_MODEL } from '../src/core/radio/radioModel.ts';
import { gaussian } from './driveTest.ts';
import { placeModelStations } from './radioStations.ts';

const ROOT = join(import.meta.dirname, '..');
const WARDS = join(ROOT, '../shared/data/real/bac_ninh_wards_2025.geojson');
const POINTS = 1_000_000;
const ms = (t: number) => `${(t / 1000).toFixed(1)} s`;
const mb = (bytes: number) => `${Math.round(bytes / 2 ** 20)} MB`;

let communes: Commune[] = [];
if (existsSync(WARDS)) {
  const read = await importLayer(new Uint8Array(readFileSync(WARDS)), WARDS, 'communes');
  if (read.ok && read.layer.kind === 'communes') communes = read.layer.communes;
} else console.log('(../shared/data/real absent: stations take the rural default environment)');
const stations = placeModelStations(mulberry32(5), [105.85, 20.95, 107.05, 21.65], 1250);

// The drive test, not timed: points 30 m to 4 km from a random station, the engine's prediction with offsets of
// -7 to +4 dB per operator and band, plus 6 dB of noise.
const rand = mulberry32(21);
const truth = { ...DEFAULT_RADIO_MODEL, offsetDb: {} as Record<string, Record<string, number>> };
const predictor = createRsrpPredictor(stations, communes, DEFAULT_RADIO_MODEL);
const lines = ['lat,lon,operator,tech,band,rsrp_dbm'];
while (lines.length <= POINTS) {
  const s = stations[Math.floor(rand() * stations.length)]!;
  const bands = s.band!.split(';');
  const band = bands[Math.floor(rand() * bands.length)]!;
  const offset = ((truth.offsetDb[s.operator] ??= {})[band] ??= Math.round((-7 + 11 * rand()) * 100) / 100);
  const d = 30 + 3970 * Math.sqrt(rand());
  const b = 2 * Math.PI * rand();
  const lat = s.lat + (d * Math.cos(b)) / 111_195;
  const lon = s.lon + (d * Math.sin(b)) / (111_195 * Math.cos((s.lat * Math.PI) / 180));
  const p = predictor.predict({ lon, lat, operator: s.operator, band });
  if (p === null) continue;
  const rsrp = p.rsrpDbm + offset + 6 * gaussian(rand);
  if (rsrp < -160 || rsrp > -20) continue;
  lines.push(`${lat.toFixed(6)},${lon.toFixed(6)},${s.operator},${findBand(band)!.tech},${band},${rsrp.toFixed(1)}`);
}
const dir = mkdtempSync(join(tmpdir(), 'phusong-bench-calibrate-'));
const csv = join(dir, 'drive.csv');
writeFileSync(csv, `${lines.join('\n')}\n`);
lines.length = 0;
writeFileSync(join(dir, 'stations.csv'), stationsToCsv(stations));

const t0 = performance.now();
const bytes = new Uint8Array(readFileSync(csv));
const imported = await importMeasureLayer(bytes, csv, 'measurements');
const t1 = performance.now();
if (!imported.ok || imported.data.kind !== 'measurements') throw new Error(imported.ok ? 'not measurements' : imported.error);
const { points } = imported.data;
const result = calibrate(points, stations, communes, DEFAULT_RADIO_MODEL);
const t2 = performance.now();
compareMeasured(points, result.calibratedDbm, result.model, [], communes);
const t3 = performance.now();
let worst = 0;
for (const g of result.groups) worst = Math.max(worst, Math.abs(g.offsetDb - truth.offsetDb[g.operator]![g.band]!));
console.log(
  `drive test ${POINTS.toLocaleString('en')} points (${mb(statSync(csv).size)} CSV), ${stations.length} stations, ${result.groups.length} groups: ` +
    `import ${ms(t1 - t0)} (${Math.round(POINTS / ((t1 - t0) / 1000)).toLocaleString('en')} rows/s), calibrate ${ms(t2 - t1)}, ` +
    `agreement per commune ${ms(t3 - t2)}; in all ${ms(t3 - t0)}; worst offset error ${worst.toFixed(3)} dB; ` +
    `peak RSS ${mb(process.resourceUsage().maxRSS * 1024)}`,
);

const c0 = performance.now();
const run = spawnSync(
  process.execPath,
  [join(ROOT, 'scripts/cli.mjs'), 'calibrate', '--communes', existsSync(WARDS) ? WARDS : join(ROOT, 'tests/fixtures/stats/communes.geojson'),
    '--stations', join(dir, 'stations.csv'), '--measurements', csv, '--out', join(dir, 'out')],
  { cwd: ROOT, encoding: 'utf8' },
);
if (run.status !== 0) throw new Error(`calibrate failed: ${run.stderr}`);
console.log(`npm run cli -- calibrate on the same files, end to end (bundled command line): ${ms(performance.now() - c0)}`);
