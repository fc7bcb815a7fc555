import { writeCsv } from '../export/writeCsv.ts';
import type { TextLanguage } from './importLabels.ts';
import { REASON_TEXT, type RejectedRows } from './importReport.ts';

const ROW_HEADER = { vi: 'Dòng', en: 'row' };
const REASON_HEADER = { vi: 'Lý do', en: 'reason' };

/**
 * The rejected rows as CSV for download: the file's own columns as they were, then the row number the report uses
 * and the reason. With a `language` (the app) the reason is worded in it, followed by the value read
 * (`Thiếu tọa độ`, `Không đọc được tọa độ: "abc"`) under the headers `Dòng`, `Lý do` / `row`, `reason`; without one
 * (the CLI) it is the stable code and the value (`unreadable_coordinates: "abc"`) under `row`, `reason`, for scripts.
 * Led by a UTF-8 BOM; cells that would start a formula are escaped. Does not mutate `rejected`.
 */
export function writeRejectedCsv(rejected: RejectedRows, language?: TextLanguage): string {
  const headers = language ?? 'en';
  const columns = rejected.columns.map((c, i) => ({ key: String(i), vi: c, en: c }));
  columns.push({ key: 'row', ...ROW_HEADER }, { key: 'reason', ...REASON_HEADER });
  const rows = rejected.rows.map((r) => {
    const reason = language ? REASON_TEXT[r.reason][language] : r.reason;
    const out: Record<string, string | number> = { row: r.row, reason: r.detail ? `${reason}: ${r.detail}` : reason };
    r.cells.forEach((cell, i) => (out[String(i)] = cell));
    return out;
  });
  return writeCsv({ columns, rows }, headers);
}
