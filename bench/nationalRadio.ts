/**
 * `computeStats` with the radio model on the national synthetic case: 100,172 villages (a jittered grid) and
 * 300,000 model stations, most sectored. Meant to run in a process of its own (bench/radio.ts starts it), so the
 * peak memory it prints is its own. Run: `npx tsx bench/nationalRadio.ts`.
 */
import { performance } from 'node:perf_hooks';
import { mulberry32 } from '../src/core/demo/random.ts';
import { createEmptyDataset, type Dataset } from '../src/core/model.ts';
import { computeStats } from '../src/core/stats/computeStats.ts';
import { createJitteredGrid } from './nationalGrid.ts';
import { placeModelStations } from './radioStations.ts';

const rand = mulberry32(84);
const { villages, communes } = createJitteredGrid(rand, 317, 316, 0.0166);
const stations = placeModelStations(rand, [102.5, 9, 102.5 + 317 * 0.0166, 9 + 316 * 0.0166], 300_000);
const dataset: Dataset = {
  ...createEmptyDataset({ code: 'synthetic', name: 'Tổng hợp', nameEn: 'Synthetic', isDemo: true }),
  communes,
  villages,
  stations,
};
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const stats = computeStats(dataset);
const wall = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
const pct = (tech: '4G' | '5G' | '6G') => stats.province.pct[tech]?.toFixed(1) ?? 'no data';
console.log(
  `${villages.length} villages, ${stations.length} stations (${stations.filter((s) => s.azimuths.length > 0).length} sectored); ` +
    `computeStats with the default model: ${wall.toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms, GC threads included); ` +
    `4G ${pct('4G')}%, 5G ${pct('5G')}%, 6G ${pct('6G')}%; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`,
);
