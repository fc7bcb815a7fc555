/** A table to export: columns with Vietnamese and English headers, and rows of plain values. */
export interface ExportColumn {
  key: string;
  vi: string;
  en: string;
}

export type ExportValue = string | number | boolean | null;

export interface ExportTable {
  columns: ExportColumn[];
  rows: Record<string, ExportValue>[];
  /** What the figures mean, written beside the table where the format allows (a second sheet of a workbook). */
  notes?: { vi: string; en: string }[];
}

export type HeaderLanguage = 'vi' | 'en';
