/**
 * A threshold change on the demo, as the app's worker answers it: the villages are measured once per data set
 * (`Workspace.stats` keeps the measurement), then each new threshold only classifies the kept shares again.
 * Run: `npx tsx bench/threshold.ts` (part of `npm run bench`).
 */
import { memoryStorage } from '../src/worker/storage.ts';
import { Workspace } from '../src/worker/workspace.ts';

const workspace = new Workspace({ storage: memoryStorage() });
await workspace.start();
await workspace.dataset();
const t0 = performance.now();
await workspace.stats(95);
const first = performance.now() - t0;
const changes: number[] = [];
for (const pct of [90, 80, 95, 70, 99, 50, 85, 60, 75, 95]) {
  const t = performance.now();
  await workspace.stats(pct);
  changes.push(performance.now() - t);
}
changes.sort((a, b) => a - b);
console.log(
  `demo: first figures (measure + classify) ${first.toFixed(0)} ms; a threshold change after that: ` +
    `median ${changes[5]!.toFixed(1)} ms, max ${changes.at(-1)!.toFixed(1)} ms (10 changes; includes the plan figures)`,
);
