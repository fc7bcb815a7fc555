import { escapeFormula } from './escapeFormula.ts';
import { headerOf, roundCell, type ExportColumn, type ExportTable, type ExportValue, type HeaderChoice } from './exportTable.ts';

/**
 * How the CSV is laid out: `excel` (comma, decimal point, UTF-8 BOM so Excel reads Vietnamese right), `excel-vn`
 * (semicolon and decimal comma, as Excel expects on a computer set to Vietnamese, with the BOM), or `plain` (comma,
 * decimal point, no BOM: for scripts).
 */
export type CsvLayout = 'excel' | 'excel-vn' | 'plain';

const LAYOUTS: Record<CsvLayout, { separator: string; decimal: string; bom: string }> = {
  excel: { separator: ',', decimal: '.', bom: '\uFEFF' },
  'excel-vn': { separator: ';', decimal: ',', bom: '\uFEFF' },
  plain: { separator: ',', decimal: '.', bom: '' },
};

/**
 * Writes a table as CSV text (CRLF, RFC 4180 quoting) with the headers in `headers`, laid out as `layout` says.
 * Numbers are rounded to their column's decimals and written without thousands separators; booleans as 1/0,
 * null as empty. Text cells that would start a formula are escaped (`escapeFormula`). Does not mutate `table`.
 */
export function writeCsv(table: ExportTable, headers: HeaderChoice, layout: CsvLayout = 'excel'): string {
  const { separator, decimal, bom } = LAYOUTS[layout];
  const quote = (text: string) => (text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  const lines = [table.columns.map((c) => quote(escapeFormula(headerOf(c, headers))))];
  for (const row of table.rows) lines.push(table.columns.map((c) => quote(cellText(row[c.key] ?? null, c, decimal))));
  return `${bom}${lines.map((l) => l.join(separator)).join('\r\n')}\r\n`;
}

function cellText(value: ExportValue, column: ExportColumn, decimal: string): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return Number.isFinite(value) ? String(roundCell(value, column)).replace('.', decimal) : '';
  return escapeFormula(value);
}
