import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { ExportTable } from '../../src/core/export/exportTable.ts';
import { communeFiguresTable, villageFiguresTable } from '../../src/core/export/figureTables.ts';
import { writeCsv } from '../../src/core/export/writeCsv.ts';
import { writeXlsx } from '../../src/core/export/writeXlsx.ts';
import { gridToTable } from '../../src/core/import/findHeaderRow.ts';
import { readXlsx } from '../../src/core/import/readXlsx.ts';
import type { CommuneStats } from '../../src/core/stats/statsTypes.ts';

/** Two villages with the engine's shares as floats come out of it (thirds, sevenths), one name with a semicolon. */
function createVillages() {
  return [
    { id: 'T1', name: 'Thôn Đông; Xóm 1', communeCode: 'X1', communeName: 'Xã An', population: 1278.4, households: 300.6, fibre: true, areaEstimated: false, pct4G: 100 / 3, pct5G: 0, pct6G: 0, pctfibre: 200 / 7 },
    { id: 'T2', name: 'Bản Mông', communeCode: 'X1', communeName: 'Xã An', population: 1702844, households: 2, fibre: false, areaEstimated: true, pct4G: 99.995, pct5G: 12.5, pct6G: 0.004, pctfibre: 0 },
  ];
}

function createCommuneStats(): CommuneStats[] {
  const pct = { '4G': 66.66666, '5G': 6.25, '6G': 0, fibre: 14.285714 };
  return [{
    code: 'X1', name: 'Xã An', villages: 2, population: 1704122.4, areaKm2: 12.345678, pct,
    villagesCovered: { '4G': 1, '5G': 0, '6G': 0, fibre: 0 }, villagesCoveredPct: { '4G': 50, '5G': 0, '6G': 0, fibre: 0 },
    stations: 7, sites: 3, sharedSites: 1, sharingPct: 100 / 3,
  }];
}

/** The CSV read back as Excel would, by its layout: rows of cells, numbers in the file's own notation. */
const readBack = (csv: string, delimiter: string) => {
  expect(csv.startsWith('\uFEFF')).toBe(true);
  return Papa.parse<string[]>(csv.slice(1), { delimiter, skipEmptyLines: true }).data;
};

/** The cells of `column` (by its Vietnamese header). */
const columnOf = (rows: string[][], header: string) => {
  const at = rows[0]!.indexOf(header);
  expect(at, header).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => r[at]);
};

describe('exported figures are rounded as people read them', () => {
  const villages = villageFiguresTable(createVillages());
  const communes = communeFiguresTable([{ code: 'X1', name: 'Xã An' }], createVillages(), createCommuneStats());

  it('writes percentages to 2 decimals, people and households whole, km² to 3 decimals', () => {
    const rows = readBack(writeCsv(villages, 'vi'), ',');
    expect(columnOf(rows, 'Phủ 4G (%)')).toEqual(['33.33', '100']);
    expect(columnOf(rows, 'Phủ cáp quang (%)')).toEqual(['28.57', '0']);
    expect(columnOf(rows, 'Phủ 6G (%)')).toEqual(['0', '0']);
    expect(columnOf(rows, 'Dân số')).toEqual(['1278', '1702844']);
    expect(columnOf(rows, 'Số hộ')).toEqual(['301', '2']);
    const communeRows = readBack(writeCsv(communes, 'vi'), ',');
    expect(columnOf(communeRows, 'Diện tích (km²)')).toEqual(['12.346']);
    expect(columnOf(communeRows, 'Phủ 4G (% dân số)')).toEqual(['66.67']);
    expect(columnOf(communeRows, 'Tỷ lệ dùng chung (%)')).toEqual(['33.33']);
    expect(columnOf(communeRows, 'Dân số')).toEqual(['1704122']);
  });

  it('writes the Vietnamese Excel layout: semicolons, decimal commas, no thousands separator, the same figures', () => {
    const csv = writeCsv(villages, 'vi', 'excel-vn');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFMã thôn;Tên thôn;Mã xã;Xã/phường;Dân số;Số hộ;Có cáp quang;Ranh giới ước tính;Phủ 4G (%);Phủ 5G (%);Phủ 6G (%);Phủ cáp quang (%)');
    const vn = readBack(csv, ';');
    const standard = readBack(writeCsv(villages, 'vi'), ',');
    expect(columnOf(vn, 'Phủ 4G (%)')).toEqual(['33,33', '100']);
    expect(columnOf(vn, 'Phủ 5G (%)')).toEqual(['0', '12,5']);
    expect(columnOf(vn, 'Dân số')).toEqual(['1278', '1702844']);
    // A name with the separator in it is quoted, and reads back whole.
    expect(columnOf(vn, 'Tên thôn')).toEqual(['Thôn Đông; Xóm 1', 'Bản Mông']);
    expect(vn.map((row) => row.map((cell) => cell.replace(/^(\d+),(\d+)$/, '$1.$2')))).toEqual(standard);
  });

  it('writes the plain layout for scripts: no BOM, commas, decimal points', () => {
    const table: ExportTable = { columns: [{ key: 'pct', vi: 'Tỷ lệ', en: 'Share', decimals: 2 }, { key: 'x', vi: 'x', en: 'x' }], rows: [{ pct: 2 / 3, x: 0.1 + 0.2 }, { pct: -0.001, x: null }] };
    expect(writeCsv(table, 'key', 'plain')).toBe('pct,x\r\n0.67,0.3\r\n0,\r\n');
  });

  it('rounds the .xlsx cells alike', async () => {
    const [sheet] = readXlsx(await writeXlsx(villages, 'vi'));
    const { table } = gridToTable(sheet!.grid);
    const at = table.columns.indexOf('Phủ 4G (%)');
    expect(table.rows.map((r) => r[at])).toEqual(['33.33', '100']);
  });
});
