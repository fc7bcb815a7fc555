import { escapeFormula } from './escapeFormula.ts';
import type { ExportTable, ExportValue, HeaderLanguage } from './exportTable.ts';

/**
 * Writes a table as CSV text (comma, CRLF, RFC 4180 quoting) with the headers in `language`, led by a UTF-8 BOM
 * so that Excel reads the Vietnamese text right. Text cells that would start a formula are escaped
 * (`escapeFormula`); numbers are written as numbers, booleans as 1/0, null as empty. Does not mutate `table`.
 */
export function writeCsv(table: ExportTable, language: HeaderLanguage): string {
  const lines = [table.columns.map((c) => quote(escapeFormula(c[language])))];
  for (const row of table.rows) lines.push(table.columns.map((c) => quote(cellText(row[c.key] ?? null))));
  return `\uFEFF${lines.map((l) => l.join(',')).join('\r\n')}\r\n`;
}

function cellText(value: ExportValue): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return escapeFormula(value);
}

function quote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
