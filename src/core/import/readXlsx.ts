import readXlsxFile from 'read-excel-file/universal';
import type { Table } from './table.ts';

/**
 * Reads every sheet of an .xlsx workbook as a table whose first row is the header, in workbook order. Numbers
 * become text as JavaScript writes them ("21.0285"), dates ISO 8601, booleans 1/0; text is NFC. Rejects (throws)
 * when the bytes are not a workbook.
 */
export async function readXlsx(bytes: Uint8Array): Promise<{ name: string; table: Table }[]> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  return sheets.map((s) => ({ name: s.sheet, table: sheetTable(s.data) }));
}

function sheetTable(data: readonly (readonly unknown[])[]): Table {
  const text = (v: unknown): string =>
    v === null || v === undefined ? ''
    : v instanceof Date ? v.toISOString()
    : typeof v === 'boolean' ? (v ? '1' : '0')
    : String(v).normalize('NFC');
  const [header = [], ...records] = data;
  const columns = header.map((h, i) => text(h).trim() || `column ${i + 1}`);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  records.forEach((record, i) => {
    const cells = columns.map((_, c) => text(record[c]));
    if (cells.every((c) => c.trim() === '')) return;
    rows.push(cells);
    rowNumbers.push(i + 2);
  });
  return { columns, rows, rowNumbers };
}
