import type { ColumnMapping } from '../../core/import/columnMapping.ts';
import type { LayerKind } from '../../core/import/layerKind.ts';
import type { CrsName } from '../../core/import/vn2000.ts';

/** What the user chose for a file with these headers. */
export interface MappingChoice {
  kind: LayerKind;
  mapping: ColumnMapping;
  /** The workbook sheet read. */
  sheet?: string;
  /** The coordinate system chosen; absent for automatic. */
  crs?: CrsName;
}

// Keyed by the header row the file opens with (for a workbook, of the sheet found first), so the next file with the
// same columns gets the same choice.
const key = (columns: readonly string[]) => `phusong:mapping:${JSON.stringify(columns)}`;

export function recallMapping(columns: readonly string[]): MappingChoice | null {
  try {
    const text = localStorage.getItem(key(columns));
    return text ? (JSON.parse(text) as MappingChoice) : null;
  } catch {
    return null;
  }
}

export function rememberMapping(columns: readonly string[], choice: MappingChoice): void {
  try {
    localStorage.setItem(key(columns), JSON.stringify(choice));
  } catch {
    // Private mode or a full quota: the choice is just not remembered.
  }
}
