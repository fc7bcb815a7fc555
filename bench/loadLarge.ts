/**
 * The worker's path after a 200,000-row station list is confirmed: the view of the data set (`Workspace.view`), the
 * engine (`runStats`) and the dead zones, stage by stage, on the same station file the browser test imports (over
 * the demo's communes and villages, the heaviest case for each stage).
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
import { rasterGrid } from '../src/worker/buildView.ts';
import { SiteTiles } from '../src/worker/siteTiles.ts';
import { memoryStorage } from '../src/worker/storage.ts';
import { Workspace } from '../src/worker/workspace.ts';
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
const data = { ...demo, stations: imported.layer.stations };
console.log(`${data.stations.length} stations in ${data.communes.length} communes, ${data.villages.length} villages`);

console.log('view stages:');
const sites = time('groupSites', () => groupSites(data.stations));
const features = time('toFeatures', () => toFeatures(data, sites));
const grid = rasterGrid(bbox(features.communes) as [number, number, number, number], 768);
const provider = createRadioShapeProvider(DEFAULT_RADIO_MODEL, data.communes);
for (const tech of MEASURED_TECHS)
  time(`rasterizeCoverage ${tech} ${grid.width}x${grid.height}`, () => rasterizeCoverage(data.stations, data.coverage, tech, grid, provider));
time('site tile index for the map (SiteTiles)', () => new SiteTiles(features.sites));

const workspace = new Workspace({ storage: memoryStorage() });
await workspace.start();
const t0 = performance.now();
await workspace.commit(workspace.keepImport(imported), 'new');
console.log(`commit of the layer into a province (packed and kept): ${(performance.now() - t0).toFixed(0)} ms`);
const t1 = performance.now();
const view = await workspace.view(768);
console.log(`view of the province (its 200,000 stations alone), all of it: ${(performance.now() - t1).toFixed(0)} ms`);
console.log(`  ${view.summary.sites} sites, summary stations ${view.summary.stations}`);
time('site tile 0/0/0 (all sites) as protobuf', () => workspace.tiles!.tile(0, 0, 0).byteLength);
time('site tile 8/203/113 as protobuf', () => workspace.tiles!.tile(8, 203, 113).byteLength);
time('runStats at 95 %', () => runStats(data, 95, provider));
time('runDeadZones (any operator)', () => runDeadZones(data, provider));
