/** A table to export: columns with Vietnamese and English headers, and rows of plain values. */
export interface ExportColumn {
  key: string;
  vi: string;
  en: string;
  /**
   * Decimals the column's numbers are rounded to when written: 0 for people, households and counts, 2 for
   * percentages, 3 for km². Unset: `DEFAULT_DECIMALS`.
   */
  decimals?: number;
}

export type ExportValue = string | number | boolean | null;

export interface ExportTable {
  columns: ExportColumn[];
  rows: Record<string, ExportValue>[];
  /** What the figures mean, written beside the table where the format allows (a second sheet of a workbook). */
  notes?: { vi: string; en: string }[];
}

export type HeaderLanguage = 'vi' | 'en';
/** Headers in a language for people, or the column keys for scripts (the command line's default). */
export type HeaderChoice = HeaderLanguage | 'key';

/** Decimals of a column that does not say: enough for any figure here, without a float's noise (0.1 + 0.2). */
export const DEFAULT_DECIMALS = 4;

/** `value` rounded to the column's decimals (half away from zero); never "-0". */
export function roundCell(value: number, column: ExportColumn): number {
  const factor = 10 ** (column.decimals ?? DEFAULT_DECIMALS);
  const rounded = (Math.sign(value) * Math.round(Math.abs(value) * factor)) / factor;
  return rounded === 0 ? 0 : rounded;
}

/** `row` with each number rounded to its column's decimals; other values as they are. Does not mutate `row`. */
export function roundRow<T extends Record<string, ExportValue>>(columns: readonly ExportColumn[], row: T): T {
  const out: Record<string, ExportValue> = { ...row };
  for (const c of columns) {
    const v = out[c.key];
    if (typeof v === 'number' && Number.isFinite(v)) out[c.key] = roundCell(v, c);
  }
  return out as T;
}

/** The header of `column` in `headers`. */
export const headerOf = (column: ExportColumn, headers: HeaderChoice): string => (headers === 'key' ? column.key : column[headers]);
