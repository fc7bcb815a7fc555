import { performance } from 'node:perf_hooks';
import { createRandom } from '../../core/demo/random.ts';
import { areaBBox } from '../../core/geometry/projectArea.ts';
import type { Dataset } from '../../core/model.ts';
import { computeStats } from '../../core/stats/computeStats.ts';
import { compareStats } from '../../core/whatif/compareStats.ts';
import { randomEdit } from '../../core/whatif/randomEdit.ts';
import { WhatIfSession } from '../../core/whatif/whatIfSession.ts';
import type { Command } from '../command.ts';
import { DATASET_USAGE, readCount, readDatasetInput } from '../datasetInput.ts';
import { parseFlags } from '../parseFlags.ts';

/** Largest difference of a village share from the full computation that still passes, percentage points. */
const MAX_DIFF_PP = 0.01;

export const whatifCommand: Command = {
  name: 'whatif',
  usage:
    `whatif ${DATASET_USAGE} --edits N --seed S\n` +
    '      N random station edits (add, move, remove, co-locate), each measured incrementally and checked against a full\n' +
    '      computation; prints {"edits","p50_ms","p95_ms","max_ms","full_ms","max_diff_pp"} (exit 1 when they differ)',
  async run(argv) {
    const parsed = parseFlags(argv);
    if ('error' in parsed) return fail(parsed.error);
    const f = parsed.flags;
    const edits = readCount(f, 'edits', 100, 1);
    if (typeof edits !== 'number') return fail(edits.error);
    const seed = readCount(f, 'seed', 1);
    if (typeof seed !== 'number') return fail(seed.error);
    const input = await readDatasetInput(f);
    if ('error' in input) return input.usage ? fail(input.error) : (console.error(input.error), 1);
    const { dataset, thresholdPct, colocateM, provider } = input;
    if (dataset.communes.length === 0 && dataset.stations.length === 0) return fail('Nothing to edit: no communes and no stations were imported.');

    // The edits and the full computation they are checked against shape stations alike (the radio model where no radius).
    const options = { thresholdPct, colocateM, provider };
    const session = new WhatIfSession(dataset, options);
    const box = extent(dataset);
    const random = createRandom(seed);
    const times: number[] = [];
    const fullTimes: number[] = [];
    let maxDiff = 0;
    let mismatches = 0;
    for (let i = 0; i < edits; i++) {
      const edit = randomEdit(session, random, box, i + 1);
      const t0 = performance.now();
      const outcome = session.apply(edit);
      times.push(performance.now() - t0);
      if (!outcome.ok) throw new Error(outcome.error);
      const t1 = performance.now();
      const full = computeStats(session.dataset(), options);
      fullTimes.push(performance.now() - t1);
      const diff = compareStats(session.stats(), full);
      maxDiff = Math.max(maxDiff, diff.maxVillageDiffPp);
      mismatches += diff.mismatches.length;
      for (const m of diff.mismatches.slice(0, 3)) console.error(`edit ${i + 1} (${edit.kind}): ${m}`);
    }
    const round = (x: number) => Math.round(x * 1000) / 1000;
    console.log(
      JSON.stringify({
        edits,
        p50_ms: round(quantile(times, 0.5)),
        p95_ms: round(quantile(times, 0.95)),
        max_ms: round(Math.max(...times)),
        full_ms: round(quantile(fullTimes, 0.5)),
        max_diff_pp: maxDiff,
      }),
    );
    if (mismatches > 0 || maxDiff > MAX_DIFF_PP) {
      console.error(`The incremental figures differ from the full computation (${mismatches} differences, largest share ${maxDiff} pp).`);
      return 1;
    }
    return 0;
  },
};

function fail(message: string): number {
  console.error(message);
  console.error(`Usage: npm run cli -- ${whatifCommand.usage}`);
  return 2;
}

/** The `q` quantile of `values` (nearest rank). */
function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
}

/** `[west, south, east, north]` of the communes, or of the stations where no commune is loaded. */
function extent(dataset: Dataset): [number, number, number, number] {
  const boxes = dataset.communes.length > 0 ? dataset.communes.map((c) => areaBBox(c.geometry)) : dataset.stations.map((s) => [s.lon, s.lat, s.lon, s.lat]);
  return [Math.min(...boxes.map((b) => b[0]!)), Math.min(...boxes.map((b) => b[1]!)), Math.max(...boxes.map((b) => b[2]!)), Math.max(...boxes.map((b) => b[3]!))];
}
