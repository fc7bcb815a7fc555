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
      { code: 'X1', name: 'Xã An', villages: 2, population: 2000, households: 500 },
      { code: 'X2', name: 'Xã Bình', villages: 1, population: 500, households: 100 },
      { code: 'X3', name: 'Phường Cầu', villages: 0, population: 0, households: 0 },
    ]);
  });

  it('names the engine\'s village shares in the chosen language', () => {
    const villages = createVillages().map((v, i) => ({ ...v, pct4G: [100, 50, 0][i], pctfibre: [80, 0, 100][i] }));
    const table = villageFiguresTable(villages);
    const headers = (lang: 'vi' | 'en') => table.columns.filter((c) => c.key.startsWith('pct')).map((c) => c[lang]);
    expect(headers('vi')).toEqual(['Phủ 4G (%)', 'Phủ cáp quang (%)']);
    expect(headers('en')).toEqual(['4G coverage (%)', 'fibre coverage (%)']);
    expect(table.rows.map((r) => r.pct4G)).toEqual([100, 50, 0]);
  });

  it('adds the engine\'s commune coverage and sharing where it has run', () => {
    const pct = { '4G': 96.5, '5G': 20, '6G': 0, fibre: 75 };
    const stats = [{
      code: 'X1', name: 'Xã An', villages: 2, population: 2000, areaKm2: 3, pct,
      villagesCovered: { '4G': 2, '5G': 0, '6G': 0, fibre: 1 }, villagesCoveredPct: { '4G': 100, '5G': 0, '6G': 0, fibre: 50 },
      stations: 7, sites: 4, sharedSites: 1, sharingPct: 25,
    }];
    const table = communeFiguresTable([{ code: 'X1', name: 'Xã An' }, { code: 'X2', name: 'Xã Bình' }], createVillages(), stats);
    expect(table.rows[0]).toMatchObject({ pct_4g: 96.5, villages_covered_4g: 2, villages_covered_fibre: 1, sites: 4, shared_sites: 1, sharing_pct: 25 });
    expect(table.rows[1]).not.toHaveProperty('pct_4g');
    expect(table.columns.find((c) => c.key === 'sharing_pct')?.vi).toBe('Tỷ lệ dùng chung (%)');
  });
});
