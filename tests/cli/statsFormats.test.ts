import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { statsCommand } from '../../src/cli/commands/stats.ts';

const square = (w: number, s: number, side: number) => ({
  type: 'Polygon',
  coordinates: [[[w, s], [w + side, s], [w + side, s + side], [w, s + side], [w, s]]],
});
const featureCollection = (features: { properties: object; geometry: object }[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', ...f })) });

/** Two 0.02° square communes of Bắc Ninh side by side near [106, 21], with Vietnamese headers. */
function createCommunesGeoJson(): string {
  return featureCollection([
    { properties: { 'Mã xã': '07210', 'Tên xã': 'Phường Bắc Giang' }, geometry: square(106, 21, 0.02) },
    { properties: { 'Mã xã': '07228', 'Tên xã': 'Xã Đa Mai' }, geometry: square(106.02, 21, 0.02) },
  ]);
}

/** Three villages known only by their centre points: T1 and T2 split 07210 in halves, T3 has all of 07228. */
function createVillagePointsGeoJson(): string {
  const village = (id: string, name: string, commune: string, lon: number, people: number, households: number, fibre: string) => ({
    properties: { 'Mã thôn': id, 'Tên thôn': name, 'Mã xã': commune, 'Dân số': people, 'Số hộ': households, 'Cáp quang': fibre },
    geometry: { type: 'Point', coordinates: [lon, 21.01] },
  });
  return featureCollection([
    village('T1', 'Thôn Đông', '07210', 106.005, 300, 80, 'có'),
    village('T2', 'Xóm Chùa', '07210', 106.015, 100, 20, 'không'),
    village('T3', 'Bản Nà', '07228', 106.03, 600, 100, 'có'),
  ]);
}

/**
 * Semicolon CSV with decimal commas, as Vietnamese Excel saves it: Viettel and VNPT share tower C1 at T1's centre
 * (1.3 km discs cover T1's 1.04 km x 2.22 km half-commune), MobiFone stands alone in T3, one row lies in Singapore.
 */
function createStationsSemicolonCsv(): string {
  return [
    'Mã trạm;Nhà mạng;Vĩ độ;Kinh độ;Công nghệ;Mã cột;Bán kính 4G',
    'VT1;Viettel;21,01;106,005;4G;C1;1300',
    'VN1;VNPT;21,0101;106,0051;4G;C1;1300',
    'MF1;MobiFone;21,01;106,03;4G;;500',
    'SG1;Viettel;1,29;103,85;4G;;1300',
  ].join('\r\n');
}

let errors: string[];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

async function runStats(extra: string[] = []): Promise<{ code: number; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'phusong-stats-formats-'));
  writeFileSync(join(dir, 'xa.geojson'), createCommunesGeoJson());
  writeFileSync(join(dir, 'thon.geojson'), createVillagePointsGeoJson());
  writeFileSync(join(dir, 'tram.csv'), createStationsSemicolonCsv());
  const out = join(dir, 'out');
  const args = ['--communes', join(dir, 'xa.geojson'), '--villages', join(dir, 'thon.geojson'), '--stations', join(dir, 'tram.csv')];
  return { code: await statsCommand.run([...args, '--out', out, '--as-of', '2026-01-01', ...extra]), out };
}

const readSummary = (out: string) => JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));

describe('stats on a semicolon station CSV and GeoJSON with Vietnamese headers', () => {
  it('prints one line per input with rows, imported and rejected, naming the reason', async () => {
    const { code } = await runStats();
    expect(code).toBe(0);
    expect(errors.find((l) => l.startsWith('communes:'))).toMatch(/xa\.geojson: 2 rows, 2 imported, 0 rejected$/);
    expect(errors.find((l) => l.startsWith('villages:'))).toMatch(/thon\.geojson: 3 rows, 3 imported, 0 rejected/);
    expect(errors.find((l) => l.startsWith('stations:'))).toMatch(/tram\.csv: 4 rows, 3 imported, 1 rejected.*outside_vietnam 1/);
  });

  it('gives point villages estimated areas (the halves and the whole of their communes) and measures them', async () => {
    const { out } = await runStats();
    const { data } = Papa.parse<Record<string, string>>(readFileSync(join(out, 'villages.csv'), 'utf8'), { header: true, skipEmptyLines: true });
    const commune = (0.02 * 111.32 * Math.cos((21.01 * Math.PI) / 180)) * (0.02 * 110.6);
    expect(data.map((r) => r.village_id)).toEqual(['T1', 'T2', 'T3']);
    expect(Number(data[0]!.area_km2)).toBeCloseTo(commune / 2, 1);
    expect(Number(data[2]!.area_km2)).toBeCloseTo(commune, 1);
    expect(data.map((r) => [r.name, r.covered_4g, r.covered_fibre])).toEqual([
      ['Thôn Đông', '1', '1'],
      ['Xóm Chùa', '0', '0'],
      ['Bản Nà', '0', '1'],
    ]);
    expect(readSummary(out)).toMatchObject({ stations: 3, sites: 2, shared_sites: 1, sharing_pct: 50, population: 1000 });
  });

  it('adds the targets of the newest plan for Bắc Ninh, inferred from the commune codes', async () => {
    const summary = readSummary((await runStats()).out);
    expect(summary.plan).toBe('bn-2035');
    expect(summary.targets.map((t: { indicator: string }) => t.indicator)).toContain('population_5g');
    expect(summary.targets.find((t: { indicator: string }) => t.indicator === 'site_sharing')).toMatchObject({ value: 50, target: null, met: null });
  });

  it('evaluates the plan given with --plan on the measured figures, households joined from the villages', async () => {
    const summary = readSummary((await runStats(['--plan', 'bn-2023'])).out);
    const byId = Object.fromEntries(summary.targets.map((t: { indicator: string }) => [t.indicator, t]));
    expect(summary.plan).toBe('bn-2023');
    expect(byId.villages_4g).toEqual({ plan: 'bn-2023', indicator: 'villages_4g', value: 100 / 3, target: 100, deadline: '2025', met: false, status: 'behind' });
    expect(byId.site_sharing).toMatchObject({ value: 50, target: 15, met: true });
    // Fibre villages T1 and T3 hold 180 of the 200 households.
    expect(byId.households_fibre_access).toMatchObject({ value: 90, target: 100, met: false });
    expect(byId.pole_sharing).toMatchObject({ value: null, met: null });
  });

  it('reads stations from the layer sheet of a workbook that opens with a notes sheet', async () => {
    const xlsx = join(import.meta.dirname, '../fixtures/import/stations_two_sheets.xlsx');
    const { code } = await runStats(['--stations', xlsx]);
    expect(code).toBe(0);
    expect(errors.find((l) => l.startsWith('stations:'))).toMatch(/stations_two_sheets\.xlsx: 2 rows, 1 imported, 1 rejected/);
  });

  it('fails on an unknown --plan with the list of known plans, before reading anything', async () => {
    const { code } = await runStats(['--plan', 'hn-2030']);
    expect(code).toBe(2);
    expect(errors[0]).toBe('Unknown --plan "hn-2030"; known plans: bn-2035, bn-dx-2030, bn-2023, tn-2023, bg-2023.');
  });

  it('fails naming the file when an input cannot be read at all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phusong-stats-formats-'));
    writeFileSync(join(dir, 'xa.geojson'), createCommunesGeoJson());
    writeFileSync(join(dir, 'thon.geojson'), createVillagePointsGeoJson());
    writeFileSync(join(dir, 'empty.csv'), '');
    const code = await statsCommand.run([
      '--communes', join(dir, 'xa.geojson'), '--villages', join(dir, 'thon.geojson'), '--stations', join(dir, 'missing.csv'), '--out', join(dir, 'out'),
    ]);
    expect(code).toBe(1);
    expect(errors[0]).toMatch(/missing\.csv: cannot read the file/);
    const empty = await statsCommand.run([
      '--communes', join(dir, 'xa.geojson'), '--villages', join(dir, 'thon.geojson'), '--stations', join(dir, 'empty.csv'), '--out', join(dir, 'out'),
    ]);
    expect(empty).toBe(1);
    expect(errors.at(-1)).toMatch(/empty\.csv: the file is empty/);
  });
});
