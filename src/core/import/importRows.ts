import type { Field } from './headerAliases.ts';
import { ReportBuilder, type RejectReason } from './importReport.ts';
import { resolveLimits } from './importLimits.ts';
import type { ImportOptions, LayerImport } from './importTypes.ts';
import { LAYER_FIELDS, type ImportKind } from './layerKind.ts';
import { requiredFor } from './readPoint.ts';
import { bindTable, type BoundTable } from './tableFields.ts';
import type { RowFault, Table } from './table.ts';

/** What reading one row gave: the item, or why the row is rejected. */
export type RowOutcome<T> = { item: T } | { reason: RejectReason; field: string; detail: string };

export interface RowContext {
  cells: string[];
  /** Index into `table.rows` (and `table.geometries`). */
  index: number;
  /** The row number reports use. */
  row: number;
  bound: BoundTable;
  report: ReportBuilder;
}

const PROGRESS_EVERY = 5000;

/**
 * The loop every importer shares: binds the columns of `kind` (a required field with no column makes the file
 * unreadable: `missing_columns`),
 * then for each row rejects a feature with a fault found while reading it (`Table.faults`) or a cell longer than
 * `maxCellChars`, an empty required field, reads the row with `readRow`, and rejects a repeated id (the
 * later row) when `unique` says where ids are. Each row ends imported or rejected, so `rows = imported + rejected`.
 * Does not mutate `table`.
 */
export function importRows<T>(
  table: Table,
  file: string,
  kind: ImportKind,
  options: ImportOptions,
  readRow: (ctx: RowContext) => RowOutcome<T>,
  unique?: { field: Field; of: (item: T) => string },
): LayerImport<T[]> {
  const fields = LAYER_FIELDS[kind];
  const required = requiredFor(table, fields.required);
  const { bound, missing } = bindTable(table, required, fields.optional, options.mapping);
  if (missing.length > 0) return { failure: { code: 'missing_columns', kind, fields: missing } };
  const report = new ReportBuilder(file, table.columns);
  const items: T[] = [];
  const seen = new Set<string>();
  const total = table.rows.length;
  const checked = required.filter((f) => f !== 'lat' && f !== 'lon');
  const { maxCellChars } = resolveLimits(options.limits);
  for (let index = 0; index < total; index++) {
    if (options.onProgress && index % PROGRESS_EVERY === 0) options.onProgress(index, total);
    const cells = table.rows[index]!;
    const row = table.rowNumbers[index] ?? index + 1;
    const fault = table.faults?.[index] ?? longCell(table, cells, maxCellChars);
    if (fault) {
      report.reject(row, fault.field, fault.reason, fault.detail, cells);
      continue;
    }
    const empty = checked.find((f) => bound.get(cells, f) === '');
    if (empty) {
      report.reject(row, bound.header(empty), 'required_field_empty', '', cells);
      continue;
    }
    const outcome = readRow({ cells, index, row, bound, report });
    if ('reason' in outcome) {
      report.reject(row, outcome.field, outcome.reason, outcome.detail, cells);
      continue;
    }
    const id = unique?.of(outcome.item);
    if (id !== undefined && seen.has(id)) {
      report.reject(row, bound.header(unique!.field), 'duplicate_id', `"${id}"`, cells);
      continue;
    }
    if (id !== undefined) seen.add(id);
    items.push(outcome.item);
    report.accept();
  }
  options.onProgress?.(total, total);
  return { data: items, mapping: bound.mapping, ...report.finish() };
}

/** A cell longer than `max` characters, as a fault naming its column; null when every cell fits. */
function longCell(table: Table, cells: readonly string[], max: number): RowFault | null {
  for (let i = 0; i < cells.length; i++) {
    const n = cells[i]!.length;
    if (n > max) return { reason: 'cell_too_long', field: table.columns[i] ?? `column ${i + 1}`, detail: `${n} > ${max}` };
  }
  return null;
}
