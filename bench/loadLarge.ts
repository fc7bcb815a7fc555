/**
 * The worker's path after a 200,000-row station list is confirmed: loading the data again (`loadLayers`), the engine
 * (`runStats`) and the dead zones, stage by stage, on the same station file the browser test imports.
 * Run: `npx tsx bench/loadLarge.ts`. Prints milliseconds per stage.
 */
import { bbox } from '@turf/turf';
import { rasterizeCoverage } from '../src/core/coverage/rasterizeCoverage.ts';
import { generateDemo } from '../src/core/demo/generateDemo.ts';
import { importLayer } from '../src/core/import/importLayer.ts';
import { MEASURED_TECHS } from '../src/core/model.ts';
import { DEFAULT_RADIO_MODEL } from '../src/core/radio/radioModel.ts';
import { createRadioShapeProvider } from '../src/core/radio/radioShapeProvider.ts';
import { groupSites } from '../src/core/sites/groupSites.ts';
import { createStationsCsv } from '../tests/browser/createStationsCsv.ts';
import { loadLayers, rasterGrid, workerApi } from '../src/worker/api.ts';
import { packLayer } from '../src/worker/packLayer.ts';
import { SiteTiles } from '../src/worker/siteTiles.ts';
import { runDeadZones } from '../src/worker/runDeadZones.ts';
import { runStats } from '../src/worker/runStats.ts';
import { toFeatures } from '../src/worker/toFeatures.ts';

const ROWS = 200_000;
const time = <T>(label: string, run: () => T): T => {
  const t0 = performance.now();
  const out = run();
  console.log(`  ${label}: ${(performance.now() - t0).toFixed(0)} ms`);
  return out;
};

const demo = generateDemo();
const csv = createStationsCsv(demo.communes, ROWS);
const imported = await importLayer(new TextEncoder().encode(csv.text), 'tram-200k.csv', 'stations');
if (!imported.ok || imported.layer.kind !== 'stations') throw new Error('the generated station list did not import');
const layer = packLayer(imported.layer);
const data = { ...demo, stations: imported.layer.stations };
console.log(`${data.stations.length} stations in ${data.communes.length} communes, ${data.villages.length} villages`);

console.log('loadLayers stages:');
const sites = time('groupSites', () => groupSites(data.stations));
const features = time('toFeatures', () => toFeatures(data, sites));
const grid = rasterGrid(bbox(features.communes) as [number, number, number, number], 768);
const provider = createRadioShapeProvider(DEFAULT_RADIO_MODEL, data.communes);
for (const tech of MEASURED_TECHS)
  time(`rasterizeCoverage ${tech} ${grid.width}x${grid.height}`, () => rasterizeCoverage(data.stations, data.coverage, tech, grid, provider));
time('site tile index for the map (SiteTiles)', () => new SiteTiles(features.sites));

const t0 = performance.now();
await loadLayers({ layers: [layer] });
console.log(`loadLayers with the packed layer, all of it: ${(performance.now() - t0).toFixed(0)} ms`);
const loaded = await loadLayers({ layers: [layer] });
console.log(`  ${loaded.summary.sites} sites, summary stations ${loaded.summary.stations}`);
time('site tile 0/0/0 (all sites) as protobuf', () => workerApi.siteTile(0, 0, 0).byteLength);
time('site tile 8/203/113 as protobuf', () => workerApi.siteTile(8, 203, 113).byteLength);
time('runStats at 95 %', () => runStats(data, 95, provider));
time('runDeadZones (any operator)', () => runDeadZones(data, provider));
