import { describe, expect, it } from 'vitest';
import type { RejectedRows } from '../../src/core/import/importReport.ts';
import { writeRejectedCsv } from '../../src/core/import/writeRejectedCsv.ts';

/** Two rejected station rows: one with an empty id (nothing to quote), one with an unreadable latitude. */
function createRejected(): RejectedRows {
  return {
    columns: ['station_id', 'operator', 'lat'],
    rows: [
      { row: 2, cells: ['', 'Viettel', '21.1861'], reason: 'required_field_empty', detail: '' },
      { row: 5, cells: ['=HYPERLINK("x")', 'VNPT', 'abc'], reason: 'unreadable_coordinates', detail: '"abc"' },
    ],
  };
}

const lines = (csv: string) => csv.split('\r\n');

describe('writeRejectedCsv', () => {
  it('words the reason in Vietnamese under "Dòng" and "Lý do", followed by the value read', () => {
    expect(lines(writeRejectedCsv(createRejected(), 'vi'))).toEqual([
      '\uFEFFstation_id,operator,lat,Dòng,Lý do',
      ',Viettel,21.1861,2,Trường bắt buộc bị trống',
      `"'=HYPERLINK(""x"")",VNPT,abc,5,"Không đọc được tọa độ: ""abc"""`,
      '',
    ]);
  });

  it('words the reason in English for an English UI', () => {
    expect(lines(writeRejectedCsv(createRejected(), 'en')).slice(0, 3)).toEqual([
      '\uFEFFstation_id,operator,lat,row,reason',
      ',Viettel,21.1861,2,A required field is empty',
      `"'=HYPERLINK(""x"")",VNPT,abc,5,"Unreadable coordinates: ""abc"""`,
    ]);
  });

  it('keeps the stable codes without a language, as the CLI writes them', () => {
    expect(lines(writeRejectedCsv(createRejected())).slice(0, 3)).toEqual([
      '\uFEFFstation_id,operator,lat,row,reason',
      ',Viettel,21.1861,2,required_field_empty',
      `"'=HYPERLINK(""x"")",VNPT,abc,5,"unreadable_coordinates: ""abc"""`,
    ]);
  });
});
