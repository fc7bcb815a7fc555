import { writeCsv } from '../export/writeCsv.ts';
import type { RejectedRows } from './importReport.ts';

/**
 * The rejected rows as CSV for download: the file's own columns as they were, then `row` (the row number the
 * report uses) and `reason` (code and detail). Cells that would start a formula are escaped.
 */
export function writeRejectedCsv(rejected: RejectedRows): string {
  const columns = rejected.columns.map((c, i) => ({ key: String(i), vi: c, en: c }));
  columns.push({ key: 'row', vi: 'row', en: 'row' }, { key: 'reason', vi: 'reason', en: 'reason' });
  const rows = rejected.rows.map((r) => {
    const out: Record<string, string | number> = { row: r.row, reason: r.detail ? `${r.reason}: ${r.detail}` : r.reason };
    r.cells.forEach((cell, i) => (out[String(i)] = cell));
    return out;
  });
  return writeCsv({ columns, rows }, 'en');
}
