import { describe, expect, it } from 'vitest';
import { communeFiguresTable, villageFiguresTable, type VillageFigures } from '../../src/core/export/figureTables.ts';
import { writeCsv } from '../../src/core/export/writeCsv.ts';

function createVillages(): VillageFigures[] {
  return [
    { id: 'T1', name: 'Thôn Đông', communeCode: 'X1', communeName: 'Xã An', population: 1200, households: 300, fibre: true, areaEstimated: false, coverage4gPct: 87.5 },
    { id: 'T2', name: '=HYPERLINK("x")', communeCode: 'X1', communeName: 'Xã An', population: 800, households: 200, fibre: false, areaEstimated: true },
    { id: 'T3', name: 'Bản Mông', communeCode: 'X2', communeName: 'Xã Bình', population: 500, households: 100, fibre: true, areaEstimated: false },
  ];
}

describe('village and commune figures for export', () => {
  it('keeps figures other parts add to villages as extra columns', () => {
    const table = villageFiguresTable(createVillages());
    expect(table.columns.map((c) => c.key).at(-1)).toBe('coverage4gPct');
    expect(table.rows[0]!.coverage4gPct).toBe(87.5);
    expect(table.rows[1]!.coverage4gPct).toBeNull();
  });

  it('writes Vietnamese headers and escapes formula cells in the CSV', () => {
    const csv = writeCsv(villageFiguresTable(createVillages()), 'vi');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFMã thôn,Tên thôn,Mã xã,Xã/phường,Dân số,Số hộ,Có cáp quang,Ranh giới ước tính,coverage4gPct');
    expect(csv).not.toContain(',=HYPERLINK');
  });

  it('sums villages into their communes, with zeros for a commune without villages', () => {
    const table = communeFiguresTable(
      [{ code: 'X1', name: 'Xã An' }, { code: 'X2', name: 'Xã Bình' }, { code: 'X3', name: 'Phường Cầu' }],
      createVillages(),
    );
    expect(table.rows).toEqual([
      { code: 'X1', name: 'Xã An', villages: 2, population: 2000, households: 500, fibreVillages: 1 },
      { code: 'X2', name: 'Xã Bình', villages: 1, population: 500, households: 100, fibreVillages: 1 },
      { code: 'X3', name: 'Phường Cầu', villages: 0, population: 0, households: 0, fibreVillages: 0 },
    ]);
  });
});
