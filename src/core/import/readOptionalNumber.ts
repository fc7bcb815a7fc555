import type { ReportBuilder } from './importReport.ts';
import { parseDecimal } from './parseValues.ts';
import type { BoundTable } from './tableFields.ts';

/** Speeds above this (Mb/s) are typos or units in kb/s, not a measurement. */
export const MAX_SPEED_MBPS = 100_000;

/** An optional non-negative number up to `max`; unreadable or out of range: null, with a warning. */
export function optionalNumber(
  cells: readonly string[], bound: BoundTable, field: 'avgUKbps' | 'avgLatMs' | 'devices' | 'uploadMbps' | 'downloadMbps',
  row: number, report: ReportBuilder, max: number,
): number | null {
  const text = bound.get(cells, field);
  if (text === '') return null;
  const n = parseDecimal(text);
  if (n === null) report.warn(row, bound.header(field), 'unreadable_number_ignored', `"${text}"`);
  else if (!(n >= 0 && n <= max)) report.warn(row, bound.header(field), 'implausible_number_ignored', `"${text}"`);
  else return n;
  return null;
}
