/**
 * Hostile files through `check` in a new process each (tests/hostile): time, peak resident memory and the answer.
 * Run: `npx tsx bench/hostile.ts`. The tests assert the answers and the memory bound; the times are printed here.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOSTILE_FILES } from '../tests/hostile/makeHostileFiles.ts';
import { runCheck } from '../tests/hostile/runCheck.ts';

const dir = mkdtempSync(join(tmpdir(), 'phusong-bench-hostile-'));
try {
  for (const { name, make, args } of HOSTILE_FILES) {
    const file = make(dir);
    const size = statSync(file).size;
    const run = runCheck(file, args);
    const answer = run.result
      ? `${run.result.rows.toLocaleString('en')} rows, ${run.result.imported.toLocaleString('en')} imported, ${run.result.rejected} rejected ${JSON.stringify(run.result.reasons)}`
      : run.message.replace(/^.*?: /, '');
    console.log(`${name} (${(size / 1024).toFixed(0)} KB): ${(run.ms / 1000).toFixed(1)} s, peak RSS ${run.maxRssMb} MB; ${answer}`);
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
