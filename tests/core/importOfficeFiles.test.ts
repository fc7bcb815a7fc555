import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { importLayer, type ImportResult } from '../../src/core/import/importLayer.ts';
import type { Station } from '../../src/core/model.ts';

const encode = (text: string) => new TextEncoder().encode(text);

async function imported(bytes: Uint8Array, name: string, options = {}): Promise<Extract<ImportResult, { ok: true }>> {
  const r = await importLayer(bytes, name, undefined, options);
  if (!r.ok) throw new Error(r.error);
  return r;
}

function stations(r: Extract<ImportResult, { ok: true }>): Station[] {
  if (r.layer.kind !== 'stations') throw new Error(`expected stations, got ${r.layer.kind}`);
  return r.layer.stations;
}

const HEADER = ['Mã trạm', 'Nhà mạng', 'Vĩ độ', 'Kinh độ', 'Công nghệ', 'Độ cao cột (m)', 'Bán kính 4G (km)'];
const ROWS = [
  ['BN001', 'Viettel', 21.1861, 106.0763, '4G', 30, 3],
  ['BN002', 'VNPT', 21.19, 106.08, '4G;5G', 42.5, 2.5],
  ['BN001', 'VNPT', 21.2, 106.1, '4G', 25, ''],
];
const TITLES = [['UBND TỈNH BẮC NINH'], ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'], [], ['DANH SÁCH TRẠM BTS NĂM 2025'], []];

async function workbook(rows: (string | number)[][]): Promise<Uint8Array> {
  const data = rows.map((r) => r.map((value) => (value === '' ? null : { value })));
  return new Uint8Array(await writeXlsxFile(data).toBuffer());
}

describe('files as offices make them', () => {
  it('reads every line of a CSV whose lines end in a mix of CRLF, LF and CR: the five stations all import', async () => {
    const text =
      'station_id,operator,lat,lon,tech\r\n' +
      'S1,Viettel,21.18,106.07,4G\n' +
      'S2,Viettel,21.19,106.07,4G\r' +
      'S3,VNPT,21.20,106.07,4G\r\n' +
      'S4,VNPT,21.21,106.07,4G\r' +
      'S5,MobiFone,21.22,106.07,4G\n';
    const r = await imported(encode(text), 'mixed.csv');
    expect(r.report).toMatchObject({ rows: 5, imported: 5, rejected: 0 });
    expect(stations(r).map((s) => s.id)).toEqual(['S1', 'S2', 'S3', 'S4', 'S5']);
  });

  it('numbers rows as a person counts lines, whatever ends them', async () => {
    const text = 'station_id,operator,lat,lon,tech\rS1,Viettel,21.18,106.07,4G\r\n\rS2,Viettel,48.8,2.3,4G\n';
    const r = await imported(encode(text), 'mixed.csv');
    expect(r.rejectedRows.rows.map((row) => [row.row, row.reason])).toEqual([[4, 'outside_vietnam']]);
  });

  it('finds the header of a CSV below title rows and keeps the spreadsheet row numbers', async () => {
    const csv = [...TITLES.map((t) => [...t, '', '', '', ''].slice(0, 5).join(',')), HEADER.join(','), 'BN009,Viettel,48.85,2.35,4G,30,3']
      .join('\r\n');
    const r = await imported(encode(csv), 'titles.csv');
    expect(r.headerRow).toBe(6);
    expect(r.columns.slice(0, 2)).toEqual(['Mã trạm', 'Nhà mạng']);
    expect(r.rejectedRows.rows.map((row) => row.row)).toEqual([7]);
    expect(r.headerCandidates?.map((c) => c.row)).toEqual([1, 2, 4, 6, 7]);
  });

  it('imports an .xlsx with five title rows exactly like the same workbook without them', async () => {
    const plain = await imported(await workbook([HEADER, ...ROWS]), 'plain.xlsx');
    const titled = await imported(await workbook([...TITLES, HEADER, ...ROWS]), 'titled.xlsx');
    expect(titled.kind).toBe('stations');
    expect(titled.headerRow).toBe(6);
    expect(titled.layer).toEqual(plain.layer);
    expect(titled.mapping).toEqual(plain.mapping);
    expect({ ...titled.report, file: '', issues: [] }).toEqual({ ...plain.report, file: '', issues: [] });
    expect(titled.report.issues.map((i) => i.row)).toEqual(plain.report.issues.map((i) => i.row + 5));
  });

  it('reads the header row the user picks instead of the one found', async () => {
    const csv = 'a,b,c,d,e\nMã trạm,Nhà mạng,Vĩ độ,Kinh độ,Công nghệ\nBN1,Viettel,21.18,106.07,4G\n';
    expect((await imported(encode(csv), 'x.csv')).headerRow).toBe(2);
    const picked = await importLayer(encode(csv), 'x.csv', undefined, { headerRow: 1 });
    expect(picked.ok).toBe(false);
    expect(!picked.ok && picked.columns).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('recognises units in headers and converts kilometres to metres', async () => {
    const r = await imported(await workbook([HEADER, ...ROWS]), 'units.xlsx');
    expect(r.mapping).toMatchObject({ heightM: 'Độ cao cột (m)', radius4g: 'Bán kính 4G (km)' });
    expect(stations(r)[0]).toMatchObject({ heightM: 30, radiusM: { '4G': 3000 } });
    const english = 'station_id,operator,lat,lon,tech,Height (m),Radius 4G [km]\nS1,Viettel,21.18,106.07,4G,35,1.5\n';
    const e = await imported(encode(english), 'units.csv');
    expect(stations(e)[0]!.heightM).toBe(35);
    const villages = 'Mã thôn,Tên thôn,Mã xã,Vĩ độ,Kinh độ,Dân số (người),Số hộ (hộ)\nT1,Thôn Một,07210,21.18,106.07,1.234,300\n';
    const v = await imported(encode(villages), 'thon.csv');
    expect(v.layer.kind === 'villages' && v.layer.villages[0]).toMatchObject({ population: 1234, households: 300 });
  });

  it('keeps two operators\' stations that share a code, in CSV and workbook alike', async () => {
    const r = await imported(await workbook([HEADER, ...ROWS]), 'merged.xlsx');
    expect(stations(r).map((s) => `${s.operator} ${s.id}`)).toEqual(['Viettel BN001', 'VNPT BN002', 'VNPT BN001']);
  });
});
