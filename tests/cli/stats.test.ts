import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { statsCommand } from '../../src/cli/commands/stats.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import { writePackage } from '../../src/core/package/writePackage.ts';

const fixtures = join(import.meta.dirname, '../fixtures/stats');

async function runStats(extra: string[] = []): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'phusong-stats-'));
  const args = ['--communes', 'communes.geojson', '--villages', 'villages.geojson', '--stations', 'stations.csv'];
  const code = await statsCommand.run([...args.map((a) => (a.startsWith('--') ? a : join(fixtures, a))), '--out', out, ...extra]);
  expect(code).toBe(0);
  return out;
}

const readCsv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true });

describe('stats command on tests/fixtures/stats', () => {
  it('writes villages.csv with the documented columns and the covered shares', async () => {
    const { data, meta } = readCsv(join(await runStats(), 'villages.csv'));
    expect(meta.fields).toEqual(expect.arrayContaining(
      'village_id,name,commune_id,population,area_km2,pct_4g,pct_5g,pct_6g,pct_fibre,covered_4g,covered_5g,covered_6g'.split(','),
    ));
    expect(data.map((r) => r.village_id)).toEqual(['V1', 'V2', 'V3']);
    expect(data[0]).toMatchObject({ name: 'Thôn Đông, Xóm 1', commune_id: '00001', population: '300', pct_4g: '100', covered_4g: '1', pct_6g: '0' });
    // MobiFone's 500 m disc lies inside V3 (2.08 km x 2.22 km).
    expect(Number(data[2]!.pct_4g)).toBeCloseTo((100 * Math.PI * 0.5 ** 2) / Number(data[2]!.area_km2), 1);
  });

  it('writes communes.csv and summary.json with stations, sites and the sharing ratio', async () => {
    const out = await runStats();
    const { data, meta } = readCsv(join(out, 'communes.csv'));
    expect(meta.fields).toEqual(expect.arrayContaining(
      'commune_id,name,villages,population,pct_4g,pct_5g,pct_6g,villages_covered_4g,villages_covered_5g,villages_covered_6g,stations,sites,shared_sites,sharing_pct'.split(','),
    ));
    expect(data[0]).toMatchObject({ commune_id: '00001', villages: '2', stations: '2', sites: '1', shared_sites: '1', sharing_pct: '100' });
    expect(data[1]).toMatchObject({ commune_id: '00002', name: 'Phường Tây', stations: '1', sites: '1', shared_sites: '0', sharing_pct: '0' });
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary).toMatchObject({ stations: 3, sites: 2, shared_sites: 1, sharing_pct: 50, population: 1000, villages: 3, threshold_pct: 95 });
    for (const key of ['pct_4g', 'pct_5g', 'pct_6g']) expect(typeof summary[key]).toBe('number');
  });

  it('applies --threshold and --colocate-m', async () => {
    const loose = JSON.parse(readFileSync(join(await runStats(['--threshold', '1']), 'summary.json'), 'utf8'));
    expect(loose.villages_covered_4g).toBe(3);
    expect(loose.threshold_pct).toBe(1);
    const strict = JSON.parse(readFileSync(join(await runStats(), 'summary.json'), 'utf8'));
    expect(strict.villages_covered_4g).toBe(1);
  });
});

describe('stats --excel-vn', () => {
  it('writes the same figures as Excel set to Vietnamese reads them: BOM, Vietnamese headers, semicolons, decimal commas', async () => {
    const plain = readCsv(join(await runStats(), 'communes.csv')).data;
    const text = readFileSync(join(await runStats(['--excel-vn']), 'communes.csv'), 'utf8');
    expect(text.startsWith('\uFEFFMã xã;Xã/phường;Số thôn;Dân số;Diện tích (km²);Phủ 4G (% dân số);')).toBe(true);
    const vn = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(vn).toHaveLength(plain.length + 1);
    const fields = Object.keys(plain[0]!);
    vn.slice(1).forEach((row, i) => {
      expect(row).toHaveLength(fields.length);
      // Numbers carry a decimal comma and no other separator: back to a point, they are the plain file's.
      expect(row.map((cell) => (/^-?\d+(,\d+)?$/.test(cell) ? cell.replace(',', '.') : cell))).toEqual(fields.map((f) => plain[i]![f]));
    });
    expect(vn.slice(1).some((row) => row.some((cell) => /^\d+,\d+$/.test(cell)))).toBe(true);
  });
});

describe('stats without the data a figure needs, and on a province package', () => {
  it('leaves fibre empty (null in summary.json), never 0, when neither a fibre layer nor a fibre column is given', async () => {
    const out = await runStats(['--plan', 'bn-2023']);
    const { data } = readCsv(join(out, 'villages.csv'));
    expect(data.map((r) => [r.pct_fibre, r.covered_fibre])).toEqual([['', ''], ['', ''], ['', '']]);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect([summary.pct_fibre, summary.villages_covered_fibre, summary.fibre_source]).toEqual([null, null, null]);
    expect(summary.definitions.fibreNone).toMatch(/No fibre data/);
    expect(summary.province).toEqual({ code: '', name: 'Tỉnh chưa xác định' });
    const status = Object.fromEntries(summary.targets.map((t: { indicator: string; status: string }) => [t.indicator, t.status]));
    // Without fibre data the plan's fibre indicators have no value: "no data", not "behind".
    expect([status.villages_fibre, status.households_fibre_access, status.villages_4g]).toEqual(['no data', 'no data', 'behind']);
  });

  it('reads a package the app exported: the same figures as the files it was made from', async () => {
    const layers = [];
    for (const [kind, file] of [['communes', 'communes.geojson'], ['villages', 'villages.geojson'], ['stations', 'stations.csv']] as const) {
      const imported = await importLayer(new Uint8Array(readFileSync(join(fixtures, file))), file, kind);
      if (!imported.ok) throw new Error(imported.error);
      layers.push({ info: { id: kind, kind, file, importedAt: '2025-09-01T00:00:00.000Z', counts: imported.report }, layer: imported.layer });
    }
    const dir = mkdtempSync(join(tmpdir(), 'phusong-package-'));
    const path = join(dir, 'tinh.zip');
    writeFileSync(path, writePackage({ province: { code: '', name: 'x', nameEn: 'x' }, settings: { thresholdPct: 95, planId: null }, manualValues: [], layers, estimate: null }));
    const out = mkdtempSync(join(tmpdir(), 'phusong-stats-'));
    expect(await statsCommand.run(['--package', path, '--out', out, '--as-of', '2025-09-01'])).toBe(0);
    const fromFiles = await runStats(['--as-of', '2025-09-01']);
    for (const file of ['villages.csv', 'communes.csv', 'summary.json']) {
      expect(readFileSync(join(out, file), 'utf8')).toBe(readFileSync(join(fromFiles, file), 'utf8'));
    }
    expect(await statsCommand.run(['--package', path, '--stations', 'x.csv', '--out', out])).toBe(2);
  });
});
