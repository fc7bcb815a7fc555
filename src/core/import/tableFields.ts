import type { Field } from './headerAliases.ts';
import { guessMapping, resolveMapping, type ColumnMapping } from './columnMapping.ts';
import { normaliseHeader, splitUnit } from './normaliseHeader.ts';
import type { Table } from './table.ts';

/** A table's columns resolved for one kind of layer: read a field's cell of a row with `get`. */
export interface BoundTable {
  mapping: ColumnMapping;
  /** The field's cell text in `cells`, trimmed; "" where the column is absent or the cell empty. */
  get(cells: readonly string[], field: Field): string;
  /** The column header a field was read from, for messages; the field name where unmapped. */
  header(field: Field): string;
  /** What a number of the field's column is multiplied by to give metres: 1000 where its header says "(km)", else 1. */
  toMetres(field: Field): number;
}

/**
 * Binds `table` to the fields of a layer with `mapping` (or a guess from the headers). Returns the required
 * fields that no column provides, which makes the file unreadable for that kind.
 */
export function bindTable(
  table: Table,
  required: readonly Field[],
  optional: readonly Field[],
  mapping?: ColumnMapping,
): { bound: BoundTable; missing: Field[] } {
  const used = mapping ?? guessMapping(table.columns, [...required, ...optional]);
  const indices = resolveMapping(table.columns, used);
  const bound: BoundTable = {
    mapping: used,
    get(cells, field) {
      const i = indices[field];
      return i === undefined ? '' : (cells[i] ?? '').trim();
    },
    header(field) {
      const i = indices[field];
      return i === undefined ? field : table.columns[i]!;
    },
    toMetres(field) {
      const i = indices[field];
      const unit = i === undefined ? null : splitUnit(table.columns[i]!).unit;
      return unit !== null && normaliseHeader(unit) === 'km' ? 1000 : 1;
    },
  };
  return { bound, missing: required.filter((f) => indices[f] === undefined) };
}
