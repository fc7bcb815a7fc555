import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { whatifCommand } from '../../src/cli/commands/whatif.ts';
import { createGappyProvince } from '../helpers/createGappyProvince.ts';
import { writeProvinceFiles } from '../helpers/writeProvinceFiles.ts';

describe('whatif command', () => {
  it('applies random edits incrementally, checks each against a full computation and prints the timings', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phusong-whatif-'));
    writeProvinceFiles(dir, createGappyProvince(9, 12));
    const files = ['--communes', join(dir, 'communes.geojson'), '--villages', join(dir, 'villages.geojson'), '--stations', join(dir, 'stations.csv')];
    const lines: string[] = [];
    const { log, error } = console;
    console.log = (line: string) => void lines.push(line);
    console.error = () => {};
    let code: number;
    try {
      code = await whatifCommand.run([...files, '--edits', '25', '--seed', '4']);
    } finally {
      console.log = log;
      console.error = error;
    }
    expect(code).toBe(0);
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!);
    expect(Object.keys(result)).toEqual(['edits', 'p50_ms', 'p95_ms', 'max_ms', 'full_ms', 'max_diff_pp']);
    expect(result.edits).toBe(25);
    expect(result.max_diff_pp).toBeLessThanOrEqual(1e-9);
    expect(result.p50_ms).toBeLessThanOrEqual(result.p95_ms);
    expect(result.p95_ms).toBeLessThanOrEqual(result.max_ms);
  });
});
