// Generation time of the demo province (the UI builds it in a worker at start-up), and its size.
// Run: npx tsx bench/demo.ts
import { generateDemo } from '../src/core/demo/generateDemo.ts';

generateDemo({ seed: 1 }); // warm-up: JIT and module initialisation
const runs = 5;
const heapBefore = process.memoryUsage().heapUsed;
const start = performance.now();
let dataset = generateDemo();
for (let i = 1; i < runs; i++) dataset = generateDemo({ seed: 2025 + i });
const ms = (performance.now() - start) / runs;
const vertices = [...dataset.communes, ...dataset.villages].reduce((n, f) => n + JSON.stringify(f.geometry).split('],[').length, 0);
console.log(`generateDemo: ${ms.toFixed(0)} ms per data set (mean of ${runs})`);
console.log(
  `  ${dataset.communes.length} communes, ${dataset.villages.length} villages, ${dataset.stations.length} stations, ` +
    `${dataset.fibre.routes.length} fibre routes, ${dataset.fibre.accessPoints.length} access points, ~${vertices} polygon vertices`,
);
console.log(`  heap growth ${((process.memoryUsage().heapUsed - heapBefore) / 1e6).toFixed(1)} MB, JSON ${(JSON.stringify(dataset).length / 1e6).toFixed(1)} MB`);
