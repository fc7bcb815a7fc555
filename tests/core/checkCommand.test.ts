import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const fixture = (name: string) => join(ROOT, 'tests/fixtures/import', name);
const cli = (...args: string[]) => spawnSync(process.execPath, ['scripts/cli.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });

// Each case starts command-line processes (the first may rebuild the bundle) while other test files run.
describe('cli check', { timeout: 60_000 }, () => {
  it('prints one JSON object with counts and reasons, exits 0 with rejected rows, and writes them as CSV', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'check-')), 'rejected.csv');
    const r = cli('check', fixture('stations_outside_vietnam.csv'), '--kind', 'stations', '--rejected', out);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({
      file: fixture('stations_outside_vietnam.csv'), kind: 'stations', rows: 3, imported: 1, warnings: 0, rejected: 2, reasons: { outside_vietnam: 2 },
    });
    expect(readFileSync(out, 'utf8').split('\r\n')[0]).toBe('\uFEFFstation_id,operator,lat,lon,tech,row,reason');
  });

  it('accepts the radio columns and rejects bad radio values with their reasons', () => {
    const r = cli('check', fixture('stations_radio_vi.csv'));
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      kind: 'stations', rows: 9, imported: 4, warnings: 1, rejected: 5,
      reasons: { unknown_band: 1, invalid_height: 2, unknown_environment: 1, invalid_eirp: 1 },
    });
  });

  it('exits non-zero naming what is missing when the file cannot be read', () => {
    const r = cli('check', fixture('stations_no_coordinate_columns.csv'), '--kind', 'stations');
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/no column for .*lat/);
    expect(cli('check', fixture('empty.csv')).stderr).toMatch(/empty/);
  });

  it('is listed in help', () => {
    expect(execFileSync(process.execPath, ['scripts/cli.mjs', 'help'], { cwd: ROOT, encoding: 'utf8' })).toMatch(/check FILE/);
  });
});
