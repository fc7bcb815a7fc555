import Papa from 'papaparse';
import type { Table } from './table.ts';

export type Delimiter = ',' | ';' | '\t';

/**
 * Picks the delimiter from the header line: the one of tab, semicolon and comma that occurs most there outside
 * quotes (headers carry no decimal commas, data rows may). Ties go to tab, then semicolon.
 */
export function sniffDelimiter(text: string): Delimiter {
  const end = text.search(/\r?\n/);
  const header = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const count = (d: string) => header.split(d).length - 1;
  const candidates: Delimiter[] = ['\t', ';', ','];
  return candidates.reduce((best, d) => (count(d) > count(best) ? d : best), candidates[0]!);
}

/**
 * Parses CSV or TSV text (already decoded, NFC) into a table: first row the header, blank rows skipped (keeping the others' numbers), short
 * rows padded with empty cells. Headers are trimmed; empty headers become "column N".
 */
export function parseDelimited(text: string): Table {
  const delimiter = sniffDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  const [header = [], ...records] = parsed.data;
  const columns = header.map((h, i) => h.trim() || `column ${i + 1}`);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  records.forEach((row, i) => {
    if (row.every((cell) => cell.trim() === '')) return;
    while (row.length < columns.length) row.push('');
    rows.push(row);
    rowNumbers.push(i + 2);
  });
  return { columns, rows, rowNumbers };
}
