import writeXlsxFile from 'write-excel-file/universal';
import { escapeFormula } from './escapeFormula.ts';
import { roundCell, type ExportTable, type HeaderLanguage } from './exportTable.ts';

/** The name of the sheet holding a table's notes (the definitions of its figures). */
export const NOTES_SHEET = { vi: 'Ghi chú', en: 'Notes' } as const;

/**
 * Writes a table as an .xlsx workbook, headers in `language` and bold, and its notes (if any) one per row on a
 * second sheet. Text cells are written as text, with those that would start a formula escaped (`escapeFormula`);
 * numbers as numbers rounded to their column's decimals, booleans as 1/0, no data as an empty cell. Does not
 * mutate `table`.
 */
export async function writeXlsx(table: ExportTable, language: HeaderLanguage, sheetName = 'Sheet1'): Promise<Uint8Array> {
  const header = table.columns.map((c) => ({ value: escapeFormula(c[language]), fontWeight: 'bold' as const }));
  const rows = table.rows.map((row) =>
    table.columns.map((c) => {
      const v = row[c.key] ?? null;
      if (v === null) return null;
      if (typeof v === 'boolean') return { value: v ? 1 : 0 };
      if (typeof v === 'number') return Number.isFinite(v) ? { value: roundCell(v, c) } : null;
      return { value: escapeFormula(v), type: String };
    }),
  );
  const notes = table.notes ?? [];
  const blob = await (notes.length === 0
    ? writeXlsxFile([header, ...rows], { sheet: sheetName })
    : writeXlsxFile([
        { data: [header, ...rows], sheet: sheetName },
        { data: notes.map((n) => [{ value: escapeFormula(n[language]), type: String }]), sheet: NOTES_SHEET[language] },
      ])
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
