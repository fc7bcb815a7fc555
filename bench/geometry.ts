/**
 * Geometry speed: village cells for 2,000 points in the real Bắc Ninh wards (`estimateVillageAreas`), and repair
 * of self-crossing rings (`repairArea`). Run: `npx tsx bench/geometry.ts`. Prints wall and CPU time (the machine
 * is shared: CPU time is the steadier figure) and peak RSS.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repairArea } from '../src/core/geometry/repairArea.ts';
import { countSelfIntersections } from '../src/core/geometry/selfIntersects.ts';
import { estimateVillageAreas } from '../src/core/import/estimateVillageAreas.ts';
import { importLayer } from '../src/core/import/importLayer.ts';
import { createKinkedRing, createRandomRing, createTwistedSpikes } from './crossingRings.ts';
import { createVillagePoints } from './villagePoints.ts';

const REAL = join(import.meta.dirname, '../../shared/data/real');
const peak = () => `peak RSS so far ${Math.round(process.resourceUsage().maxRSS / 1024)} MB`;

/** Runs `f`, returning its result with wall and CPU milliseconds. */
function timed<T>(f: () => T): { result: T; wall: number; cpu: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = f();
  const wall = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { result, wall, cpu: (c.user + c.system) / 1000 };
}
const fmt = ({ wall, cpu }: { wall: number; cpu: number }) => `${wall.toFixed(0)} ms (CPU ${cpu.toFixed(0)} ms)`;

async function villageCells(): Promise<void> {
  console.log('### Village cells: estimateVillageAreas, 2,000 points in the real 2025 wards');
  if (!existsSync(REAL)) return void console.log('(skipped: ../shared/data/real absent)');
  for (const file of ['bac_ninh_wards_2025.geojson', 'thai_nguyen_wards_2025.geojson']) {
    const r = await importLayer(new Uint8Array(readFileSync(join(REAL, file))), file, 'communes');
    if (!r.ok || r.layer.kind !== 'communes') throw new Error(`${file}: ${r.ok ? r.kind : r.error}`);
    const communes = r.layer.communes;
    const villages = createVillagePoints(communes, 2000);
    let calls = 0;
    const runs = [1, 2, 3].map(() => timed(() => estimateVillageAreas(villages, communes, { onProgress: () => calls++ })));
    const left = runs[0]!.result.filter((v) => v.geometry.type === 'Point').length;
    console.log(
      `${file}: ${communes.length} communes, ${villages.length} points: first call ${fmt(runs[0]!)}, then ${runs.slice(1).map(fmt).join(', ')}; ` +
        `${calls / 3} progress calls a run, ${left} left as points; ${peak()}`,
    );
  }
}

function ringRepairs(): void {
  console.log('### Repair of self-crossing rings: repairArea (Clipper2 even-odd union, budget 100,000 vertices + crossings)');
  const cases = [
    ['2,000-vertex ring with 500 kinks', createKinkedRing(2000)],
    ['4,000-vertex ring with 1,000 kinks', createKinkedRing(4000)],
    ['3,000 twisted spikes (9,000 vertices)', createTwistedSpikes(3000)],
    ['2,000 vertices joined at random', createRandomRing(2000)],
    ['4,000 vertices joined at random', createRandomRing(4000)],
  ] as const;
  for (const [name, ring] of cases) {
    const crossings = countSelfIntersections([ring], 1e7);
    const run = timed(() => repairArea({ type: 'Polygon', coordinates: [ring] }));
    const r = run.result;
    const outcome = 'reason' in r ? `${r.reason} (${r.detail})` : `${r.geometry.type === 'Polygon' ? 1 : r.geometry.coordinates.length} parts`;
    console.log(`${name}, ${crossings.toLocaleString('en')} crossings: ${fmt(run)} -> ${outcome}; ${peak()}`);
  }
}

await villageCells();
ringRepairs();
