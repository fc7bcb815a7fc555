import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ImportLimitError } from '../../src/core/import/importLimits.ts';
import { readXlsx } from '../../src/core/import/readXlsx.ts';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A workbook of hand-written parts, as spreadsheet programs other than Excel write them too. */
function workbook(sheets: string[], parts: Record<string, string> = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'xl/workbook.xml': strToU8(
      `<workbook xmlns:r="${REL}"><workbookPr date1904="false"/><sheets>${sheets.map((_, i) => `<sheet name="S${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<Relationships>${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}` +
        `<Relationship Id="rIdS" Type="${REL}/sharedStrings" Target="/xl/sharedStrings.xml"/></Relationships>`,
    ),
  };
  sheets.forEach((xml, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<worksheet><sheetData>${xml}</sheetData></worksheet>`)));
  for (const [name, xml] of Object.entries(parts)) files[name] = strToU8(xml);
  return zipSync(files);
}

describe('readXlsx', () => {
  it('reads shared, inline and rich strings, numbers, booleans, errors, dates and entities', () => {
    const shared = '<sst><si><t>Mã trạm</t></si><si><r><t>Viet</t></r><r><t>tel</t></r><rPh><t>x</t></rPh></si><si><t>a &amp; b_x000D_</t></si></sst>';
    const styles = '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
      '<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs></styleSheet>';
    const [sheet] = readXlsx(workbook([
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row>' +
      '<row r="3"><c r="A3"><v>21.028500000000001</v></c><c r="B3" t="b"><v>1</v></c><c r="C3" t="e"><v>#N/A</v></c>' +
      '<c r="D3" s="1"><v>45672</v></c><c r="E3" t="inlineStr"><is><t>Thôn &lt;1&gt;</t></is></c><c r="F3" t="str"><f>A1</f><v>x</v></c></row>',
    ], { 'xl/sharedStrings.xml': shared, 'xl/styles.xml': styles }));
    expect(sheet!.name).toBe('S1');
    expect(sheet!.grid).toEqual({
      rows: [['Mã trạm', 'Viettel', 'a & b\r'], ['21.0285', '1', '#N/A', '2025-01-15T00:00:00.000Z', 'Thôn <1>', 'x']],
      rowNumbers: [1, 3],
    });
  });

  it('reads namespaced tags, rows and cells without references, and skips blank rows', () => {
    const [sheet] = readXlsx(workbook(['<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>2</x:v></x:c></x:row><x:row/><x:row><x:c r="C3"><x:v>3</x:v></x:c></x:row>']));
    expect(sheet!.grid).toEqual({ rows: [['a', '2'], ['', '', '3']], rowNumbers: [1, 3] });
  });

  it('keeps only the cells present: one cell at XFD1048576 is one row, not a sheet of blanks', () => {
    const [sheet] = readXlsx(workbook(['<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row>']));
    expect(sheet!.grid.rowNumbers).toEqual([1_048_576]);
    expect(sheet!.grid.rows[0]![16_383]).toBe('x');
  });

  it('stops at the cell limit with the limit named, and cuts a huge cell to one past the cell-length limit', () => {
    const rows = Array.from({ length: 50 }, (_, r) => `<row r="${r + 1}"><c r="J${r + 1}"><v>1</v></c></row>`).join('');
    expect(() => readXlsx(workbook([rows]), { maxCells: 100 })).toThrow(ImportLimitError);
    const [sheet] = readXlsx(workbook([`<row><c t="inlineStr"><is><t>${'9'.repeat(5000)}</t></is></c></row>`]), { maxCellChars: 100 });
    expect(sheet!.grid.rows[0]![0]).toHaveLength(101);
  });

  it('says a zip that is not a workbook is not one', () => {
    expect(() => readXlsx(zipSync({ 'a.txt': strToU8('x') }))).toThrow(/workbook/);
    expect(() => readXlsx(strToU8('not a zip'))).toThrow(/zip/);
  });
});
