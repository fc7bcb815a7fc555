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
}

export type HeaderLanguage = 'vi' | 'en';
