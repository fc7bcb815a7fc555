import type { FeatureCollection } from 'geojson';
import type { RowFault, Table } from './table.ts';

/**
 * Lays features out as a table: columns are the property names in order of first appearance (an "id" column is
 * added from feature ids when properties lack one), cells the values as text (objects as JSON), features numbered
 * from 1, and each feature's geometry alongside, with its fault when `faults` has one (see `checkFeatures`).
 * Does not mutate `fc`.
 */
export function featuresToTable(fc: FeatureCollection, faults?: (RowFault | null)[]): Table {
  const columns: string[] = [];
  const seen = new Set<string>();
  const addColumn = (c: string) => {
    if (!seen.has(c)) {
      seen.add(c);
      columns.push(c);
    }
  };
  for (const f of fc.features) for (const key of Object.keys(f.properties ?? {})) addColumn(key);
  const useIds = !seen.has('id') && fc.features.some((f) => f.id !== undefined);
  if (useIds) addColumn('id');
  const rows = fc.features.map((f) =>
    columns.map((c) => {
      const v = c === 'id' && useIds ? f.id : f.properties?.[c];
      return v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
    }),
  );
  return {
    columns, rows, rowNumbers: rows.map((_, i) => i + 1), geometries: fc.features.map((f) => f.geometry ?? null),
    ...(faults?.some((f) => f !== null) ? { faults } : {}),
  };
}
