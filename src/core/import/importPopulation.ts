import type { PopulationPoint } from '../model.ts';
import { importRows } from './importRows.ts';
import type { ImportOptions, LayerImport } from './importTypes.ts';
import { parseCount } from './parseValues.ts';
import { isPlausible } from './plausibleRange.ts';
import { readPoint } from './readPoint.ts';
import type { Table } from './table.ts';

/**
 * Turns population points (Point features or a table with latitude/longitude) into `PopulationPoint`s. A row
 * whose population is not a count is rejected (`unreadable_number`). Does not mutate `table`.
 */
export function importPopulation(table: Table, file: string, options: ImportOptions = {}): LayerImport<PopulationPoint[]> {
  return importRows<PopulationPoint>(table, file, 'population', options, ({ cells, index, row, bound, report }) => {
    const text = bound.get(cells, 'population');
    const population = parseCount(text);
    if (population === null) return { reason: 'unreadable_number', field: bound.header('population'), detail: `"${text}"` };
    if (!isPlausible(population, 'count')) return { reason: 'implausible_number', field: bound.header('population'), detail: `"${text}"` };
    const where = readPoint(table, index, bound, row, report);
    if ('reason' in where) return where;
    return { item: { lon: where.lon, lat: where.lat, population } };
  });
}
