import type { LineString, MultiLineString } from 'geojson';
import type { Fibre, FibreAccessPoint, FibreRoute } from '../model.ts';
import { importRows } from './importRows.ts';
import type { ImportOptions, LayerImport } from './importTypes.ts';
import { normaliseOperator } from './parseValues.ts';
import { readPoint } from './readPoint.ts';
import { isInVietnam } from './vietnamBounds.ts';
import type { Table } from './table.ts';

/**
 * Turns fibre features into routes (LineString/MultiLineString) and access points (Point features, or table rows
 * with latitude/longitude). Ids come from an id column, else "row-N". Rejected: empty or other geometry, a route
 * whose first vertex or a point outside Vietnam, duplicate ids. Does not mutate `table`.
 */
export function importFibre(table: Table, file: string, options: ImportOptions = {}): LayerImport<Fibre> {
  type Part = { route: FibreRoute } | { point: FibreAccessPoint };
  const result = importRows<Part>(
    table,
    file,
    'fibre',
    options,
    ({ cells, index, row, bound, report }) => {
      const id = bound.get(cells, 'fibreId') || `row-${row}`;
      const operator = normaliseOperator(bound.get(cells, 'operator'));
      const g = table.geometries?.[index];
      if (g && (g.type === 'LineString' || g.type === 'MultiLineString')) {
        const first = g.type === 'LineString' ? g.coordinates[0] : g.coordinates[0]?.[0];
        if (!first) return { reason: 'empty_geometry', field: 'geometry', detail: '' };
        if (!isInVietnam(first[0]!, first[1]!)) return { reason: 'outside_vietnam', field: 'geometry', detail: `${first[1]}, ${first[0]}` };
        return { item: { route: { id, operator, geometry: g as LineString | MultiLineString } } };
      }
      const where = readPoint(table, index, bound, row, report);
      if ('reason' in where) return where;
      return { item: { point: { id, operator, lon: where.lon, lat: where.lat } } };
    },
    { field: 'fibreId', of: (p) => ('route' in p ? p.route.id : p.point.id) },
  );
  if ('failure' in result) return result;
  const fibre: Fibre = { routes: [], accessPoints: [] };
  for (const part of result.data) {
    if ('route' in part) fibre.routes.push(part.route);
    else fibre.accessPoints.push(part.point);
  }
  return { ...result, data: fibre };
}
