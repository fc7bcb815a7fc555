import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FAILURE_CODES, failureText, type FailureCode, type ImportFailure } from '../../src/core/import/importFailure.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import { REASON_TEXT, REJECT_REASONS, WARNING_CODES, type ImportIssue, type ImportReport } from '../../src/core/import/importReport.ts';
import { listIssues } from '../../src/core/import/listIssues.ts';

const DIR = 'tests/fixtures/import';

/** One failure of each code, as the importer gives them. */
const createFailures = (): Record<FailureCode, ImportFailure> => ({
  empty_file: { code: 'empty_file' },
  binary_data: { code: 'binary_data' },
  unknown_zip: { code: 'unknown_zip' },
  unreadable_workbook: { code: 'unreadable_workbook', message: 'bad zip' },
  no_such_sheet: { code: 'no_such_sheet', sheet: 'Trạm', sheets: ['Bìa', 'Ghi chú'] },
  unreadable_features: { code: 'unreadable_features', format: 'kml', message: 'unexpected end' },
  invalid_json: { code: 'invalid_json' },
  not_geojson: { code: 'not_geojson' },
  no_kml_in_kmz: { code: 'no_kml_in_kmz' },
  no_shp_in_zip: { code: 'no_shp_in_zip' },
  unknown_crs: { code: 'unknown_crs', crs: 'EPSG:1' },
  metres_without_crs: { code: 'metres_without_crs' },
  unknown_kind: { code: 'unknown_kind', columns: ['a', 'b'] },
  missing_columns: { code: 'missing_columns', kind: 'stations', fields: ['stationId', 'operator'] },
  needs_geometry: { code: 'needs_geometry', kind: 'communes' },
  limit_exceeded: { code: 'limit_exceeded', limit: 'maxUnzippedBytes', max: 512 * 2 ** 20, where: 'doc.kml' },
  shapefile_records: { code: 'shapefile_records', part: 'xa.dbf', claimed: 2 ** 31, room: 3 },
  unreadable_file: { code: 'unreadable_file', message: 'unexpected end' },
});

describe('messages about a file that cannot be read, in Vietnamese and English', () => {
  it.each(FAILURE_CODES)('%s has its own Vietnamese and English text, after the file name', (code) => {
    const failure = createFailures()[code];
    const vi = failureText('tram.csv', failure, 'vi');
    const en = failureText('tram.csv', failure, 'en');
    expect(vi).toMatch(/^tram\.csv: \S/);
    expect(en).toMatch(/^tram\.csv: \S/);
    expect(vi).not.toBe(en);
  });

  it('names missing columns by their Vietnamese labels and the headers that would be recognised, not the field names', () => {
    const failure = createFailures().missing_columns;
    const vi = failureText('tram.csv', failure, 'vi');
    expect(vi).toContain('thiếu cột cho lớp Trạm BTS: Mã trạm (nhận các tên cột: Mã trạm, Mã BTS');
    expect(vi).toContain('; Nhà mạng (nhận các tên cột: Nhà mạng, Doanh nghiệp');
    expect(vi).not.toContain('stationId');
    expect(failureText('tram.csv', failure, 'en')).toMatch(/^tram\.csv: no column for Station id \(Mã trạm, .*\); Operator \(Nhà mạng, /);
  });

  it('says in Vietnamese which columns a real file lacks, and keeps the English in `error`', async () => {
    const bytes = new Uint8Array(readFileSync(join(DIR, 'stations_no_coordinate_columns.csv')));
    const r = await importLayer(bytes, 'a.csv', 'population');
    if (r.ok) throw new Error('read');
    expect(r.failure).toEqual({ code: 'missing_columns', kind: 'population', fields: ['population', 'lat', 'lon'] });
    expect(failureText(r.file, r.failure, 'vi')).toMatch(/^a\.csv: thiếu cột cho lớp Điểm dân cư: Dân số \(.*\); Vĩ độ \(.*\); Kinh độ \(/);
    expect(r.error).toBe(failureText(r.file, r.failure, 'en'));
  });

  it('tells an unknown kind and an empty file apart by code', async () => {
    const unknown = await importLayer(new Uint8Array(readFileSync(join(DIR, 'stations_no_coordinate_columns.csv'))), 'a.csv');
    expect(!unknown.ok && unknown.failure).toEqual({ code: 'unknown_kind', columns: ['a', 'b', 'c'] });
    expect(!unknown.ok && failureText(unknown.file, unknown.failure, 'vi')).toContain('không nhận ra loại lớp từ các cột (a, b, c)');
    const empty = await importLayer(new Uint8Array(readFileSync(join(DIR, 'empty.csv'))), 'e.csv');
    expect(!empty.ok && failureText(empty.file, empty.failure, 'vi')).toBe('e.csv: tệp trống');
  });
});

describe('reasons and warnings of rows, in Vietnamese and English', () => {
  it('has a text in each language for every rejection reason and warning, and for no other code', () => {
    expect(Object.keys(REASON_TEXT).sort()).toEqual([...REJECT_REASONS, ...WARNING_CODES].sort());
    for (const { vi, en } of Object.values(REASON_TEXT)) {
      expect(vi.length).toBeGreaterThan(0);
      expect(en.length).toBeGreaterThan(0);
      expect(vi).not.toBe(en);
    }
  });

  it('gives each issue of a messy file its row, header and the value as read, in no language', async () => {
    const r = await importLayer(new Uint8Array(readFileSync(join(DIR, 'stations_messy.csv'))), 'messy.csv');
    if (!r.ok) throw new Error(r.error);
    expect(r.report).toMatchObject({ rows: 8, imported: 3, warnings: 2, rejected: 5 });
    expect(r.report.warningCodes).toEqual({ lat_lon_swapped: 1, unknown_tech_ignored: 1, unreadable_number_ignored: 1 });
    expect(r.report.issues.map((i) => [i.row, i.field, i.code, i.detail])).toEqual([
      [3, 'Mã trạm', 'required_field_empty', ''],
      [4, 'Vĩ độ/Kinh độ', 'lat_lon_swapped', '106.09, 21.2'],
      [5, 'Vĩ độ/Kinh độ', 'outside_vietnam', '48.8566, 2.3522'],
      [6, 'Vĩ độ', 'unreadable_coordinates', '"abc"'],
      [7, 'Mã trạm', 'duplicate_id', '"Viettel:BN0901"'],
      [8, 'Công nghệ', 'no_known_tech', '"LTE-X"'],
      [9, 'Công nghệ', 'unknown_tech_ignored', '"<img src=x onerror=alert(1)>"'],
      [9, 'Độ cao cột', 'unreadable_number_ignored', '"cao"'],
    ]);
  });
});

describe('the issues a user reads first', () => {
  const issue = (row: number, code: ImportIssue['code']): ImportIssue => ({ row, field: 'lat', code, detail: '' });
  const createReport = (issues: ImportIssue[]): ImportReport => ({
    file: 'x.csv', rows: 10, imported: 0, warnings: 0, rejected: 0, reasons: {}, warningCodes: {}, issues,
  });

  it('lists rejections before warnings, each in row order, and counts what is left out', () => {
    const report = createReport([issue(2, 'lat_lon_swapped'), issue(3, 'outside_vietnam'), issue(4, 'ring_closed'), issue(5, 'duplicate_id')]);
    expect(listIssues(report, 3)).toEqual({ shown: [issue(3, 'outside_vietnam'), issue(5, 'duplicate_id'), issue(2, 'lat_lon_swapped')], more: 1 });
    expect(listIssues(report, 100).more).toBe(0);
    expect(listIssues(report, 0)).toEqual({ shown: [], more: 4 });
  });
});
