import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROOT = join(import.meta.dirname, '../..');

/** What `check` answered for one file, with its peak memory and time. */
export interface CheckRun {
  status: number | null;
  /** The JSON `check` printed, or null when it failed. */
  result: { rows: number; imported: number; rejected: number; reasons: Record<string, number> } | null;
  /** What it said on stderr, without the memory line. */
  message: string;
  maxRssMb: number;
  ms: number;
}

/**
 * Runs `check FILE ...args` in a child Node with its heap capped at `heapMb` (so a file that would take all
 * memory fails fast instead of slowing the machine), and reads its peak resident memory.
 */
export function runCheck(file: string, args: string[] = [], heapMb = 1536): CheckRun {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${heapMb}`, 'tests/hostile/measure.mjs', 'check', file, ...args], {
    cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20,
  });
  const ms = performance.now() - t0;
  const lines = r.stderr.trimEnd().split('\n');
  const last = lines.at(-1) ?? '';
  const maxRssMb = last.startsWith('{"maxRssMb"') ? (JSON.parse(last) as { maxRssMb: number }).maxRssMb : NaN;
  return {
    status: r.status,
    result: r.status === 0 ? JSON.parse(r.stdout) : null,
    message: lines.slice(0, -1).join('\n').trim(),
    maxRssMb,
    ms,
  };
}
