import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLayer, type ImportResult } from '../../src/core/import/importLayer.ts';
import type { LayerKind } from '../../src/core/import/layerKind.ts';
import { writeRejectedCsv } from '../../src/core/import/writeRejectedCsv.ts';

const DIR = join(import.meta.dirname, '../fixtures/import');

async function importFixture(name: string, kind?: LayerKind, options = {}): Promise<Extract<ImportResult, { ok: true }>> {
  const result = await importLayer(new Uint8Array(readFileSync(join(DIR, name))), name, kind, options);
  if (!result.ok) throw new Error(result.error);
  return result;
}

function stationsOf(r: Extract<ImportResult, { ok: true }>) {
  if (r.layer.kind !== 'stations') throw new Error(`expected stations, got ${r.layer.kind}`);
  return r.layer.stations;
}

describe('every fixture: each row imported or rejected', () => {
  const files = readdirSync(DIR).filter((f) => !f.endsWith('.ts') && f !== 'empty.csv' && f !== 'stations_no_coordinate_columns.csv');
  it.each(files)('%s: rows = imported + rejected, and the rejected CSV has one line per rejected row', async (name) => {
    const { report, rejectedRows } = await importFixture(name);
    expect(report.rows).toBeGreaterThan(0);
    expect(report.rows).toBe(report.imported + report.rejected);
    expect(Object.values(report.reasons).reduce((a, b) => a + b, 0)).toBe(report.rejected);
    expect(rejectedRows.rows).toHaveLength(report.rejected);
    expect(writeRejectedCsv(rejectedRows).trim().split('\r\n')).toHaveLength(report.rejected + 1);
  });
});

describe('stations', () => {
  it('reads the demo column names, tower ids, radii, azimuths and bands', async () => {
    const r = await importFixture('stations_clean.csv');
    expect(r.kind).toBe('stations');
    expect(stationsOf(r)[0]).toEqual({
      id: 'BN0001', operator: 'Viettel', lon: 106.0763, lat: 21.1861, techs: ['4G', '5G'], heightM: 30,
      azimuths: [0, 120, 240], beamwidthDeg: 65, band: 'n78', eirpDbm: {}, environment: null, towerId: 'T001',
      radiusM: { '4G': 3000, '5G': 800 },
    });
  });

  it('reads Vietnamese headers, semicolons and decimal commas; VinaPhone is VNPT and LTE is 4G', async () => {
    const s = stationsOf(await importFixture('stations_semicolon_decimal_comma.csv'));
    expect(s[0]).toMatchObject({ id: 'BN0101', operator: 'VNPT', lat: 21.1861, lon: 106.0763, techs: ['4G'], heightM: 30.5 });
    expect(s[1]!.techs).toEqual(['2G', '3G', '4G']);
  });

  it('reads degrees-minutes-seconds', async () => {
    const s = stationsOf(await importFixture('stations_dms.csv'));
    expect(s[0]!.lat).toBeCloseTo(21 + 11 / 60 + 10 / 3600, 9);
    expect(s[0]!.lon).toBeCloseTo(106 + 4 / 60 + 35 / 3600, 9);
    expect(s[1]!.lat).toBeCloseTo(21 + 11 / 60 + 10.5 / 3600, 9);
    expect(s[1]!.techs).toEqual(['5G']);
  });

  it('swaps latitude and longitude back with a warning', async () => {
    const r = await importFixture('stations_swapped_latlon.csv');
    expect(stationsOf(r)[0]).toMatchObject({ lat: 21.1861, lon: 106.0763 });
    expect(r.report.warnings).toBe(1);
    expect(r.report.issues).toEqual([expect.objectContaining({ row: 2, code: 'lat_lon_swapped' })]);
  });

  it('rejects locations outside Vietnam (Paris, 0,0)', async () => {
    const r = await importFixture('stations_outside_vietnam.csv');
    expect(r.report).toMatchObject({ rows: 3, imported: 1, rejected: 2, reasons: { outside_vietnam: 2 } });
  });

  it('rejects the later of two rows with the same operator and code, and keeps two operators\' stations with one code', async () => {
    const r = await importFixture('stations_duplicate_id.csv');
    expect(stationsOf(r).map((s) => `${s.operator} ${s.id}`)).toEqual(['Viettel BN0501', 'VNPT BN0501']);
    expect(r.rejectedRows.rows).toEqual([expect.objectContaining({ row: 4, reason: 'duplicate_id', detail: '"Viettel:BN0501"' })]);
  });

  it('rejects a row with no known technology and warns about an unknown one beside a known one', async () => {
    const r = await importFixture('stations_no_known_tech.csv');
    expect(r.report).toMatchObject({ imported: 1, warnings: 1, reasons: { no_known_tech: 1 } });
    expect(r.report.issues.map((i) => i.code)).toEqual(['no_known_tech', 'unknown_tech_ignored']);
  });

  it('names the row and field of empty, missing and unreadable values', async () => {
    const r = await importFixture('stations_required_field_empty.csv');
    expect(r.report.issues.map(({ row, field, code }) => [row, field, code])).toEqual([
      [2, 'station_id', 'required_field_empty'],
      [3, 'operator', 'required_field_empty'],
      [4, 'lat', 'missing_coordinates'],
      [5, 'lat', 'unreadable_coordinates'],
    ]);
  });

  it('reads TSV with English aliases and comma-separated technologies', async () => {
    const s = stationsOf(await importFixture('stations_tech_aliases.tsv'));
    expect(s.map((x) => [x.id, x.operator, x.techs])).toEqual([
      ['BN0801', 'VNPT', ['4G', '5G']],
      ['BN0802', 'Viettel', ['2G', '3G', '4G']],
    ]);
  });

  it('skips blank lines but keeps spreadsheet row numbers', async () => {
    const r = await importFixture('stations_blank_lines.csv');
    expect(r.report.rows).toBe(2);
    const again = await importLayer(new TextEncoder().encode('station_id,operator,lat,lon,tech\n\n\nX,Viettel,1,1,4G\n'), 'x.csv');
    expect(again.ok && again.rejectedRows.rows[0]!.row).toBe(4);
  });

  it.each(['stations_utf16le_bom.csv', 'stations_utf16be.csv', 'stations_windows1258.csv'])('decodes %s to NFC Vietnamese headers', async (name) => {
    const r = await importFixture(name);
    expect(r.columns).toEqual(['Mã trạm', 'Nhà mạng', 'Vĩ độ', 'Kinh độ', 'Công nghệ']);
    expect(r.columns.every((c) => c === c.normalize('NFC'))).toBe(true);
    expect(stationsOf(r).map((s) => s.id)).toEqual(['BN1001', 'BN1002']);
  });

  it('finds the stations sheet of a workbook behind a notes sheet, or reads the sheet asked for', async () => {
    const r = await importFixture('stations_two_sheets.xlsx');
    expect(r.sheets).toEqual(['Ghi chú', 'Trạm']);
    expect(stationsOf(r).map((s) => [s.id, s.lat])).toEqual([['BN1101', 21.1861]]);
    expect(r.report.reasons).toEqual({ outside_vietnam: 1 });
    const notes = await importLayer(new Uint8Array(readFileSync(join(DIR, 'stations_two_sheets.xlsx'))), 'x.xlsx', 'stations', { sheet: 'Ghi chú' });
    expect(notes.ok).toBe(false);
  });
});

describe('files that cannot be read', () => {
  it.each([
    ['empty.csv', /empty/],
    ['stations_no_coordinate_columns.csv', /cannot tell what layer/],
  ])('%s fails with a message', async (name, message) => {
    const r = await importLayer(new Uint8Array(readFileSync(join(DIR, name))), name);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.error).toMatch(message);
  });

  it('names the missing coordinate columns when the kind is given', async () => {
    const r = await importLayer(new Uint8Array(readFileSync(join(DIR, 'stations_no_coordinate_columns.csv'))), 'a.csv', 'stations');
    expect(!r.ok && r.error).toMatch(/^a\.csv: no column for .*; Latitude \(Vĩ độ.*; Longitude \(Kinh độ/);
    expect(!r.ok && r.failure).toEqual({ code: 'missing_columns', kind: 'stations', fields: ['stationId', 'operator', 'lat', 'lon', 'tech'] });
  });

  it('says binary data is not a table', async () => {
    const bytes = Uint8Array.from({ length: 256 }, (_, i) => (i * 37) % 256);
    const r = await importLayer(bytes, 'photo.csv');
    expect(!r.ok && r.error).toMatch(/binary/);
  });
});

describe('boundaries, villages, fibre, population', () => {
  it('repairs unclosed and self-intersecting polygons with warnings, turns a clockwise one silently, rejects empty, points and duplicates', async () => {
    const r = await importFixture('communes_faulty_polygons.geojson');
    if (r.layer.kind !== 'communes') throw new Error('kind');
    expect(r.layer.communes.map((c) => [c.code, c.type, c.geometry.type])).toEqual([
      ['00001', 'xa', 'Polygon'],
      ['00002', 'phuong', 'Polygon'],
      ['00003', 'dac_khu', 'Polygon'],
      ['00004', 'xa', 'MultiPolygon'],
    ]);
    expect(r.report.issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'ring_closed'],
      [4, 'self_intersection_repaired'],
      [5, 'empty_geometry'],
      [6, 'wrong_geometry_type'],
      [7, 'invalid_geometry'],
      [8, 'duplicate_id'],
    ]);
  });

  it('reprojects a zipped VN-2000 TM-3 Shapefile to WGS84 within a millimetre-scale tolerance', async () => {
    const r = await importFixture('communes_vn2000_tm3.zip');
    if (r.layer.kind !== 'communes') throw new Error('kind');
    expect(r.layer.communes.map((c) => [c.code, c.name, c.type])).toEqual([
      ['07210', 'Phường Bắc Giang', 'phuong'],
      ['07211', 'Xã Đồng Việt', 'xa'],
    ]);
    const ring = r.layer.communes[0]!.geometry.coordinates[0] as number[][];
    const xs = ring.map((p) => p[0]!);
    const ys = ring.map((p) => p[1]!);
    expect(Math.min(...xs)).toBeCloseTo(106.19, 7);
    expect(Math.min(...ys)).toBeCloseTo(21.27, 7);
    expect(Math.max(...xs)).toBeCloseTo(106.21, 7);
  });

  it.each(['villages_points.kml', 'villages_points.kmz'])('reads villages as points from %s', async (name) => {
    const r = await importFixture(name);
    if (r.layer.kind !== 'villages') throw new Error('kind');
    expect(r.layer.villages.map((v) => [v.id, v.name, v.communeCode, v.population, v.geometry.type])).toEqual([
      ['K01', 'Thôn Đông', '07210', 900, 'Point'],
      ['K02', 'Thôn Tây', '07210', 600, 'Point'],
    ]);
  });

  it('reads village counts with Vietnamese grouping and warns on unreadable ones', async () => {
    const r = await importFixture('villages_points.csv');
    if (r.layer.kind !== 'villages') throw new Error('kind');
    expect(r.layer.villages.map((v) => [v.id, v.population, v.households, v.fibre])).toEqual([
      ['T01', 1234, 310, true],
      ['T02', 850, 0, false],
    ]);
    expect(r.report.issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [3, 'Số hộ', 'unreadable_number_ignored'],
      [4, 'Vĩ độ', 'missing_coordinates'],
    ]);
  });

  it('splits fibre into routes and access points', async () => {
    const r = await importFixture('fibre.geojson');
    if (r.layer.kind !== 'fibre') throw new Error('kind');
    expect(r.layer.fibre.routes.map((x) => x.id)).toEqual(['F1']);
    expect(r.layer.fibre.accessPoints.map((x) => x.id)).toEqual(['A1']);
    expect(r.report.reasons).toEqual({ outside_vietnam: 1 });
  });

  it('rejects population rows whose count is unreadable', async () => {
    const r = await importFixture('population.csv');
    if (r.layer.kind !== 'population') throw new Error('kind');
    expect(r.layer.populationPoints).toEqual([{ lon: 106.19, lat: 21.28, population: 4 }]);
  });
});
