import { HEADER_ALIASES, type Field } from './headerAliases.ts';
import { headerKeys, normaliseHeader } from './normaliseHeader.ts';

/** Which column holds each field, by column header as written in the file (so it can be remembered per header set). */
export type ColumnMapping = Partial<Record<Field, string>>;

/**
 * Guesses the column of each field from the header names and `HEADER_ALIASES`; each column serves one field at
 * most, earlier fields first, and an exact header beats an alias found later in the list. A header with a unit
 * ("Độ cao cột (m)", "Height [m]") matches as itself or without the unit. Unmatched fields are left out. Does not
 * mutate its input.
 */
export function guessMapping(columns: readonly string[], fields: readonly Field[]): ColumnMapping {
  const folded = columns.map(headerKeys);
  const used = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of fields) {
    const { vi, en } = HEADER_ALIASES[field];
    for (const alias of [field, ...vi, ...en].map(normaliseHeader)) {
      const index = folded.findIndex((keys, i) => keys.includes(alias) && !used.has(i));
      if (index >= 0) {
        used.add(index);
        mapping[field] = columns[index]!;
        break;
      }
    }
  }
  return mapping;
}

/** Column index of each mapped field; a mapping naming a column the file lacks leaves that field out. */
export function resolveMapping(columns: readonly string[], mapping: ColumnMapping): Partial<Record<Field, number>> {
  const indices: Partial<Record<Field, number>> = {};
  for (const [field, header] of Object.entries(mapping) as [Field, string][]) {
    const index = columns.indexOf(header);
    if (index >= 0) indices[field] = index;
  }
  return indices;
}
