import Papa from 'papaparse';
import type { Grid } from './table.ts';

export type Delimiter = ',' | ';' | '\t';

/**
 * Picks the delimiter from the header line: the one of tab, semicolon and comma that occurs most there outside
 * quotes (headers carry no decimal commas, data rows may). Ties go to tab, then semicolon. Title lines above the
 * header ("UBND TỈNH BẮC NINH") hold no delimiter and are passed over: the first line that holds one decides.
 * `text` has LF line endings.
 */
export function sniffDelimiter(text: string): Delimiter {
  const candidates: Delimiter[] = ['\t', ';', ','];
  let start = 0;
  for (let line = 0; line < 30 && start < text.length; line++) {
    const end = text.indexOf('\n', start);
    const header = text.slice(start, end < 0 ? text.length : end).replace(/"[^"]*"/g, '');
    const count = (d: string) => header.split(d).length - 1;
    const best = candidates.reduce((b, d) => (count(d) > count(b) ? d : b), candidates[0]!);
    if (count(best) > 0) return best;
    if (end < 0) break;
    start = end + 1;
  }
  return '\t';
}

/**
 * Parses CSV or TSV text (already decoded, NFC) into its non-blank rows, each with its row number (blank rows are
 * skipped but keep their numbers; `gridToTable` finds the header). Lines may end in CRLF, LF or CR, mixed in one
 * file as copying between Excel and editors leaves them: all are turned into LF first, since the parser takes the
 * first ending it sees for the whole file and would read the rest as one line.
 */
export function parseDelimited(text: string): Grid {
  const lines = text.replace(/\r\n?/g, '\n');
  const delimiter = sniffDelimiter(lines);
  const parsed = Papa.parse<string[]>(lines, { delimiter, newline: '\n', skipEmptyLines: false });
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  parsed.data.forEach((row, i) => {
    if (row.every((cell) => cell.trim() === '')) return;
    rows.push(row);
    rowNumbers.push(i + 1);
  });
  return { rows, rowNumbers };
}
