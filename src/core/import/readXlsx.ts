import readXlsxFile from 'read-excel-file/universal';
import type { Table } from './table.ts';

/**
 * Reads one sheet of an .xlsx workbook (by name or 0-based index; the first by default) as a table whose first
 * row is the header. Numbers become text as JavaScript writes them ("21.0285"), dates ISO 8601, booleans 1/0;
 * text is NFC. Also returns the sheet names, for a sheet picker. Rejects (throws) when the bytes are not a workbook.
 */
export async function readXlsx(bytes: Uint8Array, sheet: string | number = 0): Promise<{ table: Table; sheets: string[] } | { error: string }> {
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const sheets = await readXlsxFile(buffer);
  const names = sheets.map((s) => s.sheet);
  const chosen = typeof sheet === 'number' ? sheets[sheet] : sheets.find((s) => s.sheet === sheet);
  if (!chosen) return { error: `no sheet ${JSON.stringify(sheet)}; the workbook has ${names.map((n) => `"${n}"`).join(', ')}` };
  const text = (v: unknown): string =>
    v === null || v === undefined ? ''
    : v instanceof Date ? v.toISOString()
    : typeof v === 'boolean' ? (v ? '1' : '0')
    : String(v).normalize('NFC');
  const [header = [], ...records] = chosen.data;
  const columns = header.map((h, i) => text(h).trim() || `column ${i + 1}`);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  records.forEach((record, i) => {
    const cells = columns.map((_, c) => text(record[c]));
    if (cells.every((c) => c.trim() === '')) return;
    rows.push(cells);
    rowNumbers.push(i + 2);
  });
  return { table: { columns, rows, rowNumbers }, sheets: names };
}
