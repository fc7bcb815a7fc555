import { HEADER_ALIASES } from './headerAliases.ts';
import { headerKeys, normaliseHeader } from './normaliseHeader.ts';
import type { Grid, Table } from './table.ts';

/** How many rows from the top may hold the header: office lists put a few title rows above it, rarely more. */
export const HEADER_SEARCH_ROWS = 30;

const ALIASES: ReadonlySet<string> = new Set(
  Object.entries(HEADER_ALIASES).flatMap(([field, { vi, en }]) => [field, ...vi, ...en].map((a) => normaliseHeader(a))),
);

/** How many cells of `cells` read as a known column header (with or without a unit such as "(m)"). */
function headerScore(cells: readonly string[]): number {
  let score = 0;
  for (const cell of cells) if (cell.length <= 200 && headerKeys(cell).some((k) => ALIASES.has(k))) score++;
  return score;
}

/**
 * Index into `grid.rows` of the header: of the first `HEADER_SEARCH_ROWS` rows, the one with the most cells that
 * name a known column ("Mã trạm", "Vĩ độ", "Độ cao cột (m)"), the earliest on a tie; the first row when none
 * names any. Title rows ("UBND TỈNH BẮC NINH", "DANH SÁCH TRẠM BTS") name none, so they are passed over.
 */
export function findHeaderRow(grid: Grid): number {
  let best = 0;
  let bestScore = 0;
  const end = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let i = 0; i < end; i++) {
    const score = headerScore(grid.rows[i]!);
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  }
  return best;
}

/** A row the user may pick as the header: its spreadsheet number and its first cells, for the picker. */
export interface HeaderCandidate {
  row: number;
  preview: string;
}

/** The first `HEADER_SEARCH_ROWS` rows as header candidates, each shown by its first non-empty cells. */
export function headerCandidates(grid: Grid): HeaderCandidate[] {
  return grid.rows.slice(0, HEADER_SEARCH_ROWS).map((cells, i) => {
    const text = cells.filter((c) => c.trim() !== '').slice(0, 4).map((c) => c.trim().slice(0, 40)).join(' | ');
    return { row: grid.rowNumbers[i]!, preview: text };
  });
}

/**
 * The table below a header row: `headerRow` (a spreadsheet row number) when given and present, else the row
 * `findHeaderRow` finds. Rows above the header are left out (titles, not data); a cell past the header's last
 * one gets a column "column N" (short rows are not padded: a missing cell reads as empty). Headers are trimmed.
 * Rows keep their spreadsheet numbers. Does not mutate `grid`.
 */
export function gridToTable(grid: Grid, headerRow?: number): { table: Table; headerRow: number } {
  const chosen = headerRow === undefined ? -1 : grid.rowNumbers.indexOf(headerRow);
  const at = chosen >= 0 ? chosen : findHeaderRow(grid);
  const header = grid.rows[at] ?? [];
  let width = header.length;
  for (let i = at + 1; i < grid.rows.length; i++) width = Math.max(width, grid.rows[i]!.length);
  const columns = Array.from({ length: width }, (_, i) => header[i]?.trim() || `column ${i + 1}`);
  const rows: string[][] = [];
  const rowNumbers: number[] = [];
  for (let i = at + 1; i < grid.rows.length; i++) {
    rows.push(grid.rows[i]!);
    rowNumbers.push(grid.rowNumbers[i]!);
  }
  return { table: { columns, rows, rowNumbers }, headerRow: grid.rowNumbers[at] ?? 1 };
}
