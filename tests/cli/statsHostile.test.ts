import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const FIXTURES = join(ROOT, 'tests/fixtures/stats');
const cli = (...args: string[]) => spawnSync(process.execPath, ['scripts/cli.mjs', ...args], { cwd: ROOT, encoding: 'utf8' });

/** The fixture villages plus a formula-like name, one naming a commune not loaded, one 40 km from its commune. */
function writeVillages(dir: string): string {
  const fc = JSON.parse(readFileSync(join(FIXTURES, 'villages.geojson'), 'utf8'));
  fc.features[0].properties.name = '=HYPERLINK("http://x","y")';
  fc.features[1].properties.name = '@SUM(1)';
  const point = (id: string, commune: string, lon: number) =>
    ({ type: 'Feature', properties: { village_id: id, name: id, commune_id: commune, population: 100 }, geometry: { type: 'Point', coordinates: [lon, 21.01] } });
  fc.features.push(point('VX', '99999', 106.01), point('VF', '00001', 106.4));
  const path = join(dir, 'villages.geojson');
  writeFileSync(path, JSON.stringify(fc));
  return path;
}

function statsArgs(dir: string, out: string): string[] {
  const stations = `${readFileSync(join(FIXTURES, 'stations.csv'), 'utf8').trimEnd()}\nFAR,Viettel,21.3,106.3,4G,,,,,\n`;
  writeFileSync(join(dir, 'stations.csv'), stations);
  return ['stats', '--communes', join(FIXTURES, 'communes.geojson'), '--villages', writeVillages(dir), '--stations', join(dir, 'stations.csv'), '--out', out];
}

describe('stats on hostile and untidy inputs', { timeout: 60_000 }, () => {
  it('escapes formula-like names in villages.csv and communes.csv, as the app\'s exports do', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stats-hostile-'));
    const r = cli(...statsArgs(dir, join(dir, 'out')));
    expect(r.status).toBe(0);
    const villages = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'out/villages.csv'), 'utf8'), { header: true }).data;
    expect(villages.map((v) => v.name)).toEqual(expect.arrayContaining(['\'=HYPERLINK("http://x","y")', "'@SUM(1)"]));
  });

  it('warns about villages naming no loaded commune or lying far outside theirs, and stations outside every commune', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stats-hostile-'));
    const r = cli(...statsArgs(dir, join(dir, 'out')));
    expect(r.stderr).toMatch(/warning: 1 villages name a commune that is not loaded.*VX -> 99999/);
    expect(r.stderr).toMatch(/warning: 1 villages lie more than 5 km outside their commune \(VF 3\d\.\d km from 00001\)/);
    expect(r.stderr).toMatch(/warning: 1 stations stand outside every commune \(Viettel FAR\)/);
    const summary = JSON.parse(readFileSync(join(dir, 'out/summary.json'), 'utf8'));
    expect(summary.layer_warnings).toEqual({ villages_without_commune: 1, villages_outside_commune: 1, stations_outside_communes: 1 });
    const communes = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'out/communes.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(communes.at(-1)).toMatchObject({ commune_id: '', name: 'no commune', villages: '1', stations: '1', sites: '1' });
    expect(communes.reduce((n, c) => n + Number(c.villages), 0)).toBe(summary.villages);
  });

  it('refuses an --out that is a file before reading anything, in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'stats-hostile-'));
    const file = join(dir, 'taken');
    writeFileSync(file, 'x');
    const r = cli(...statsArgs(dir, file));
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^--out .*taken: (not a directory|cannot write there \(EEXIST\))$/);
  });

  it('check refuses a --rejected inside a file, and a bad --max- value, in one line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-hostile-'));
    writeFileSync(join(dir, 'taken'), 'x');
    const r = cli('check', join(FIXTURES, 'stations.csv'), '--rejected', join(dir, 'taken/rejected.csv'));
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    const bad = cli('check', join(FIXTURES, 'stations.csv'), '--max-cells', 'lots');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/--max-cells to be a positive number/);
  });
});
