import { describe, expect, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { importLayer } from '../../src/core/import/importLayer.ts';

const csv = (text: string) => new TextEncoder().encode(text);

describe('a file that is read but is not yet a layer says what the user can choose from', () => {
  it('gives the columns when they tell no kind, and when the chosen kind misses required columns', async () => {
    const bytes = csv('Trạm,Hãng,Vĩ độ,Kinh độ\nA1,Viettel,21.2,106.1\n');
    expect(await importLayer(bytes, 'x.csv')).toMatchObject({ ok: false, columns: ['Trạm', 'Hãng', 'Vĩ độ', 'Kinh độ'] });
    expect(await importLayer(bytes, 'x.csv', 'stations')).toMatchObject({
      ok: false,
      failure: { code: 'missing_columns', kind: 'stations', fields: ['stationId', 'operator', 'tech'] },
      error: expect.stringContaining('no column for Station id'),
      columns: ['Trạm', 'Hãng', 'Vĩ độ', 'Kinh độ'],
    });
  });

  it('gives the sheets of a workbook none of whose sheets reads as a layer', async () => {
    const notes = [[{ value: 'Ghi chú' }], [{ value: 'Không có dữ liệu' }]];
    const bytes = new Uint8Array(await writeXlsxFile([{ data: notes, sheet: 'Bìa' }, { data: notes, sheet: 'Ghi chú' }]).toBuffer());
    expect(await importLayer(bytes, 'x.xlsx')).toMatchObject({ ok: false, sheets: ['Bìa', 'Ghi chú'] });
    expect(await importLayer(bytes, 'x.xlsx', undefined, { sheet: 'Trạm' })).toMatchObject({ ok: false, sheets: ['Bìa', 'Ghi chú'] });
  });

  it('gives neither for a file that is not a table at all', async () => {
    const r = await importLayer(new Uint8Array([0, 1, 2, 0, 0, 0, 7, 0]), 'x.csv');
    expect(r.ok).toBe(false);
    expect(r).not.toHaveProperty('columns');
  });
});
