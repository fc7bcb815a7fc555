import type { RowOutcome } from './importRows.ts';
import type { ImportOptions } from './importTypes.ts';
import { normaliseOperator } from './parseValues.ts';
import type { BoundTable } from './tableFields.ts';

/**
 * The row's operator as `normaliseOperator` names it, or the row's rejection `other_operator` when the import is
 * limited to another operator (`options.operator`).
 */
export function readOperator(cells: string[], bound: BoundTable, options: ImportOptions): { operator: string } | Extract<RowOutcome<never>, { reason: unknown }> {
  const text = bound.get(cells, 'operator');
  const operator = normaliseOperator(text);
  if (options.operator !== undefined && operator !== options.operator) return { reason: 'other_operator', field: bound.header('operator'), detail: `"${text}"` };
  return { operator };
}
