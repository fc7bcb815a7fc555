import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importLayer, type ImportResult } from '../../src/core/import/importLayer.ts';
import { pointContent, polygonContent, writeDbf, writeShp, type ShpRecord } from '../helpers/shapefile.ts';

const square = (x: number, y: number) => [[[x, y], [x, y + 0.02], [x + 0.02, y + 0.02], [x + 0.02, y], [x, y]]];
const sound = (x: number): ShpRecord => ({ type: 5, content: polygonContent(square(x, 21.1)) });
const communes = (n: number) => Array.from({ length: n }, (_, i) => [`0721${i}`, `Xã Số ${i + 1}`]);

function shapefileZip(records: ShpRecord[], dbfRows: number, withIndex: boolean): Uint8Array {
  const { shp, shx } = writeShp(5, records);
  return zipSync({
    'xa.shp': shp,
    ...(withIndex ? { 'xa.shx': shx } : {}),
    'xa.dbf': writeDbf([['code', 10], ['name', 60]], communes(dbfRows)),
    'xa.cpg': strToU8('UTF-8'),
  });
}

async function read(bytes: Uint8Array, name: string, kind: 'communes'): Promise<Extract<ImportResult, { ok: true }>> {
  const r = await importLayer(bytes, name, kind);
  if (!r.ok) throw new Error(r.error);
  expect(r.report.rows).toBe(r.report.imported + r.report.rejected);
  return r;
}

const rejected = (r: Extract<ImportResult, { ok: true }>) => r.report.issues.filter((i) => i.code !== 'self_intersection_repaired').map((i) => [i.row, i.code, i.detail]);

describe('a damaged Shapefile record is a rejected row, and the rest of the file imports', () => {
  it('rejects a wrong shape type, a ring with NaN, a record cut short, a length past the end and a .dbf row with no shape', async () => {
    const records: ShpRecord[] = [
      sound(106.0),
      { type: 1, content: pointContent(106.05, 21.1) },
      { type: 5, content: polygonContent([[[106.1, 21.1], [106.1, NaN], [106.12, 21.12], [106.1, 21.1]]]) },
      { type: 5, content: polygonContent(square(106.15, 21.1), 500) },
      sound(106.2),
      { ...sound(106.25), claimedBytes: 1_000_000 },
    ];
    const r = await read(shapefileZip(records, 7, false), 'xa.zip', 'communes');
    expect(r.report).toMatchObject({ rows: 7, imported: 2, rejected: 5 });
    expect(r.layer.kind === 'communes' && r.layer.communes.map((c) => c.name)).toEqual(['Xã Số 1', 'Xã Số 5']);
    expect(rejected(r)).toEqual([
      [2, 'damaged_record', 'record 2: shape type 1 in a file of shape type 5'],
      [3, 'invalid_geometry', expect.stringMatching(/^Polygon: /)],
      [4, 'damaged_record', 'record 4: 1 parts of 500 points need 8044 bytes, the record holds 124'],
      [6, 'damaged_record', 'record 6: its length (1000000 bytes) runs past the end of the .shp'],
      [7, 'damaged_record', 'record 7: no shape left in the .shp'],
    ]);
  });

  it('finds the records after a length past the end through the .shx index; without it, rejects each one left', async () => {
    const records = [sound(106.0), { ...sound(106.05), claimedBytes: 1_000_000 }, sound(106.1), sound(106.15)];
    const indexed = await read(shapefileZip(records, 4, true), 'xa.zip', 'communes');
    expect(indexed.report).toMatchObject({ rows: 4, imported: 3, rejected: 1 });
    expect(rejected(indexed).map(([row]) => row)).toEqual([2]);

    const walked = await read(shapefileZip(records, 4, false), 'xa.zip', 'communes');
    expect(walked.report).toMatchObject({ rows: 4, imported: 1, rejected: 3 });
    expect(rejected(walked).map(([row, code]) => [row, code])).toEqual([[2, 'damaged_record'], [3, 'damaged_record'], [4, 'damaged_record']]);
  });
});
