import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parquetWriteBuffer } from 'hyparquet-writer';
import proj4 from 'proj4';
import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { importMeasureLayer, type MeasureImportResult } from '../../../src/core/import/importMeasureLayer.ts';
import type { MeasureKind } from '../../../src/core/import/layerKind.ts';
import { proj4Definition } from '../../../src/core/import/vn2000.ts';
import type { CommuneSpeed, MeasurePoint, SpeedTile } from '../../../src/core/measure/measureTypes.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/measure');

async function ok(bytes: Uint8Array, name: string, kind: MeasureKind, options = {}): Promise<Extract<MeasureImportResult, { ok: true }>> {
  const r = await importMeasureLayer(bytes, name, kind, options);
  if (!r.ok) throw new Error(r.error);
  expect(r.report.rows).toBe(r.report.imported + r.report.rejected);
  expect(r.rejectedRows.rows).toHaveLength(r.report.rejected);
  return r;
}
const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));
const points = (r: Extract<MeasureImportResult, { ok: true }>): MeasurePoint[] => (r.data.kind === 'measurements' ? r.data.points : []);
const tiles = (r: Extract<MeasureImportResult, { ok: true }>): SpeedTile[] => (r.data.kind === 'speed_tiles' ? r.data.tiles : []);
const speeds = (r: Extract<MeasureImportResult, { ok: true }>): CommuneSpeed[] => (r.data.kind === 'speed_communes' ? r.data.speeds : []);

describe('drive-test points', () => {
  it('reads Vietnamese headers, decimal commas, MHz bands and swapped coordinates; rejects each bad row with its reason', async () => {
    const r = await ok(fixture('drive_test.csv'), 'drive_test.csv', 'measurements');
    expect(points(r).map((p) => [p.operator, p.tech, p.band, p.rsrpDbm])).toEqual([
      ['Viettel', '4G', 'B3', -85.5],
      ['VNPT', '4G', 'B3', -97],
      ['MobiFone', '5G', 'n78', -101.5],
      ['Viettel', '4G', 'B3', -90],
    ]);
    expect(points(r)[0]).toMatchObject({ downloadMbps: 42.1, stationId: 'BN001', time: '2026-05-01T08:00:00' });
    expect(points(r)[3]).toMatchObject({ lat: 21.183, lon: 106.073, downloadMbps: null });
    expect(r.report.warningCodes).toEqual({ lat_lon_swapped: 1, unreadable_number_ignored: 1 });
    const reasons = r.rejectedRows.rows.map((x) => [x.row, x.reason]);
    expect(reasons).toEqual([[6, 'no_known_tech'], [7, 'unknown_band'], [8, 'unreadable_number'], [9, 'implausible_number'], [10, 'outside_vietnam'], [11, 'required_field_empty']]);
  });

  it('fails naming the missing column when there is no RSRP', async () => {
    const r = await importMeasureLayer(new TextEncoder().encode('lat,lon,operator,tech,band\n21.1,106,Viettel,4G,B3\n'), 'no_rsrp.csv', 'measurements');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toMatch(/no_rsrp\.csv.*RSRP/);
  });

  it('reads a workbook under title rows, and VN-2000 TM-3 metres', async () => {
    const toCrs = proj4('EPSG:4326', proj4Definition('VN2000:TM3:105.5')!);
    const [x, y] = toCrs.forward([106.07, 21.18]);
    const rows = [['ĐO KIỂM CHẤT LƯỢNG SÓNG 4G'], [], ['Vĩ độ', 'Kinh độ', 'Nhà mạng', 'Công nghệ', 'Băng tần', 'RSRP (dBm)'], [y!, x!, 'Viettel', '4G', 'B3', -92]];
    const data = rows.map((row) => row.map((value) => ({ value })));
    const bytes = new Uint8Array(await writeXlsxFile(data).toBuffer());
    const r = await ok(bytes, 'do_kiem.xlsx', 'measurements', { crs: 'VN2000:TM3:105.5' });
    expect(r.headerRow).toBe(3);
    expect(points(r)).toHaveLength(1);
    expect(points(r)[0]!.lon).toBeCloseTo(106.07, 6);
    expect(points(r)[0]!.lat).toBeCloseTo(21.18, 6);
  });
});

describe('speed tiles', () => {
  it('outlines each quadkey, reads kb/s as Mb/s, and rejects bad keys, tiles outside Vietnam, zero tests and repeats', async () => {
    const r = await ok(fixture('speed_tiles_mobile.csv'), 'speed_tiles_mobile.csv', 'speed_tiles');
    expect(tiles(r).map((t) => [t.quadkey, t.downloadMbps, t.tests, t.network])).toEqual([
      ['1322101121121303', 52, 10, 'mobile'],
      ['1322101121121133', 81, 30, 'mobile'],
      ['1322101121130003', 20, 2, 'mobile'],
      ['1322101121201310', 110.5, 58, 'mobile'],
    ]);
    const first = tiles(r)[0]!;
    // The tile of zoom 16 holding 106.07 E, 21.18 N: 360/2^16 degrees wide.
    const ring = first.geometry.coordinates[0]!;
    expect(ring[1]![0]! - ring[0]![0]!).toBeCloseTo(360 / 2 ** 16, 12);
    expect(first.lon).toBeGreaterThan(106.07 - 360 / 2 ** 16);
    expect(first.lon).toBeLessThan(106.07 + 360 / 2 ** 16);
    expect(r.rejectedRows.rows.map((x) => [x.row, x.reason])).toEqual([[6, 'outside_vietnam'], [7, 'invalid_quadkey'], [8, 'implausible_number'], [9, 'duplicate_id']]);
  });

  it('takes the network from the option, else the file name, and reads GeoJSON tiles', async () => {
    const csv = fixture('speed_tiles_mobile.csv');
    expect(tiles(await ok(csv, '2025-q1_performance_fixed_tiles.csv', 'speed_tiles'))[0]!.network).toBe('fixed');
    expect(tiles(await ok(csv, 'tiles.csv', 'speed_tiles', { network: 'fixed' }))[0]!.network).toBe('fixed');
    const fc = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', properties: { quadkey: '1322101121121303', avg_d_kbps: 52000, tests: 10 }, geometry: null }],
    };
    const r = await ok(new TextEncoder().encode(JSON.stringify(fc)), 'tiles.geojson', 'speed_tiles');
    expect(tiles(r)[0]!.downloadMbps).toBe(52);
  });

  it('reads Ookla Parquet (snappy), bounded by the sizes its footer states', async () => {
    const buffer = parquetWriteBuffer({
      columnData: [
        { name: 'quadkey', data: ['1322101121121303', '1322101121121133'], type: 'STRING' },
        { name: 'avg_d_kbps', data: [52000n, 81000n], type: 'INT64' },
        { name: 'tests', data: [10n, 30n], type: 'INT64' },
      ],
    });
    const bytes = new Uint8Array(buffer);
    const r = await ok(bytes, 'mobile_tiles.parquet', 'speed_tiles');
    expect(r.format).toBe('parquet');
    expect(tiles(r).map((t) => [t.downloadMbps, t.tests])).toEqual([[52, 10], [81, 30]]);
    const limited = await importMeasureLayer(bytes, 'mobile_tiles.parquet', 'speed_tiles', { limits: { maxUnzippedBytes: 10 } });
    expect(limited.ok).toBe(false);
    if (!limited.ok) expect(limited.failure.code).toBe('limit_exceeded');
    const cut = await importMeasureLayer(bytes.subarray(0, 40), 'broken.parquet', 'speed_tiles');
    expect(cut.ok).toBe(false);
  });
});

describe('speeds per commune', () => {
  it('reads code or name, operator, mobile or fixed in Vietnamese, and rejects lines without a commune', async () => {
    const r = await ok(fixture('speed_communes.csv'), 'speed_communes.csv', 'speed_communes');
    expect(speeds(r).map((s) => [s.communeCode, s.communeName, s.operator, s.network, s.downloadMbps, s.samples])).toEqual([
      ['07210', 'Phường Kinh Bắc', 'Viettel', 'mobile', 85.4, 1200],
      ['07210', 'Phường Kinh Bắc', 'VNPT', 'fixed', 190.2, 800],
      [null, 'Xã Yên Phong', null, 'mobile', 60, 300],
    ]);
    expect(r.rejectedRows.rows.map((x) => [x.row, x.reason])).toEqual([[5, 'no_commune'], [6, 'unknown_network'], [7, 'unreadable_number']]);
  });
});
