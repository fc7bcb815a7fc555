import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HOSTILE_FILES } from './makeHostileFiles.ts';
import { runCheck } from './runCheck.ts';

const dir = mkdtempSync(join(tmpdir(), 'phusong-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The bound: each file answered within 1.5 GB (times are the benchmark's, `npm run bench`). */
const MAX_RSS_MB = 1536;

// Each case makes a file (up to tens of megabytes) and reads it in a new process while other test files run.
describe('check on hostile files: a reason or every row, within bounded memory', { timeout: 300_000 }, () => {
  it.each(HOSTILE_FILES.filter((f) => !f.benchOnly))('$name', ({ make, args, expect: want }) => {
    const file = make(dir);
    const run = runCheck(file, args);
    if ('error' in want) {
      expect(run.status).toBe(1);
      expect(run.message).toMatch(want.error);
      // One line naming the file, never a stack.
      expect(run.message.split('\n')).toHaveLength(1);
    } else {
      expect(run.message).toBe('');
      expect(run.result).toMatchObject(want);
      expect(run.result!.rows).toBe(run.result!.imported + run.result!.rejected);
    }
    expect(run.maxRssMb).toBeLessThan(MAX_RSS_MB);
    rmSync(file);
  });
});
