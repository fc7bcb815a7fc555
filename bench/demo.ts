// Generation time of the demo province (the UI builds it in a worker at start-up), and its size.
// Run: npx tsx bench/demo.ts
import { existsSync, readFileSync } from 'node:fs';
import { generateDemo } from '../src/core/demo/generateDemo.ts';
import { placeStations } from '../src/core/demo/placeStations.ts';
import { splitIntoVillages } from '../src/core/demo/splitIntoVillages.ts';
import type { Area, Commune } from '../src/core/model.ts';

generateDemo({ seed: 1 }); // warm-up: JIT and module initialisation
const runs = 5;
const start = performance.now();
for (let i = 0; i < runs; i++) generateDemo({ seed: 2025 + i });
const ms = (performance.now() - start) / runs;
const dataset = generateDemo();
const vertices = [...dataset.communes, ...dataset.villages].reduce((n, f) => n + JSON.stringify(f.geometry).split('],[').length, 0);
console.log(`generateDemo: ${ms.toFixed(0)} ms per data set (mean of ${runs})`);
console.log(
  `  default seed: ${dataset.communes.length} communes, ${dataset.villages.length} villages, ${dataset.stations.length} stations, ` +
    `${dataset.fibre.routes.length} fibre routes, ${dataset.fibre.accessPoints.length} access points, ~${vertices} polygon vertices`,
);
console.log(`  heap in use ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB, data set as JSON ${(JSON.stringify(dataset).length / 1e6).toFixed(1)} MB`);

// The village splitter and station placer on real communes, as the coverage benchmark uses them.
const REAL = '../shared/data/real/bac_ninh_wards_2025.geojson';
if (existsSync(REAL)) {
  const features = JSON.parse(readFileSync(REAL, 'utf8')).features as { properties: { code: string; name: string }; geometry: Area }[];
  const communes: Commune[] = features.map((f) => ({ code: f.properties.code, name: f.properties.name, type: 'xa', geometry: f.geometry }));
  const t0 = performance.now();
  const villages = splitIntoVillages(communes, { seed: 1, villages: 1500, population: 3_600_000 });
  const t1 = performance.now();
  const stations = placeStations(villages, { seed: 1, stations: 8000 });
  const t2 = performance.now();
  console.log(`Bắc Ninh (${communes.length} real communes): splitIntoVillages ${villages.length} villages in ${(t1 - t0).toFixed(0)} ms, placeStations ${stations.length} stations in ${(t2 - t1).toFixed(0)} ms`);
} else {
  console.log(`Bắc Ninh figures skipped: ${REAL} absent`);
}
