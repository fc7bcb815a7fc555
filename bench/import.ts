/**
 * Import speed: a seeded 200,000-row station CSV through `importLayer` (decode, parse, map, validate).
 * Run: `npx tsx bench/import.ts`. Prints time, rows per second and heap growth.
 */
import { importLayer } from '../src/core/import/importLayer.ts';

const ROWS = 200_000;
let seed = 42;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
const operators = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'];
const lines = ['station_id,operator,lat,lon,tech,tower_id,height_m,radius_4g_m,radius_5g_m,radius_6g_m,azimuths,beamwidth_deg,band'];
for (let i = 0; i < ROWS; i++) {
  const lat = (20.9 + random() * 0.6).toFixed(6);
  const lon = (105.9 + random() * 0.6).toFixed(6);
  lines.push(`BN${i},${operators[i % 4]},${lat},${lon},4G;5G,T${i >> 1},30,3000,800,,0;120;240,65,n78`);
}
const bytes = new TextEncoder().encode(lines.join('\n'));

const heapBefore = process.memoryUsage().heapUsed;
let progressCalls = 0;
const start = performance.now();
const result = await importLayer(bytes, 'bench.csv', 'stations', { onProgress: () => progressCalls++ });
const ms = performance.now() - start;
if (!result.ok) throw new Error(result.error);
const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 2 ** 20;
console.log(
  `import ${ROWS.toLocaleString('en')} station rows (${(bytes.length / 2 ** 20).toFixed(1)} MB CSV): ${ms.toFixed(0)} ms, ` +
    `${Math.round(ROWS / (ms / 1000)).toLocaleString('en')} rows/s, imported ${result.report.imported}, ` +
    `progress callbacks ${progressCalls}, heap +${heapMb.toFixed(0)} MB`,
);
