import type { Field } from './headerAliases.ts';
import type { BoundTable } from './tableFields.ts';
import type { ReportBuilder } from './importReport.ts';
import { checkInVietnam, readLocation, type LocationResult } from './readLocation.ts';
import type { Table } from './table.ts';

/**
 * The `[lng, lat]` of row `i`: from its Point geometry in feature files, else from its latitude and longitude
 * cells in `table.crs` (see `readLocation`). A feature whose geometry is not a Point is rejected as the wrong type.
 */
export function readPoint(table: Table, i: number, bound: BoundTable, row: number, report: ReportBuilder): LocationResult {
  const cells = table.rows[i]!;
  if (!table.geometries) {
    return readLocation(bound.get(cells, 'lat'), bound.get(cells, 'lon'), bound.header('lat'), bound.header('lon'), row, report, table.crs);
  }
  const g = table.geometries[i];
  if (!g) return { reason: 'empty_geometry', field: 'geometry', detail: '' };
  if (g.type !== 'Point') return { reason: 'wrong_geometry_type', field: 'geometry', detail: g.type };
  const [lon, lat] = g.coordinates;
  if (lon === undefined || lat === undefined || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    return { reason: 'empty_geometry', field: 'geometry', detail: '' };
  }
  return checkInVietnam(lon, lat, 'geometry', row, report);
}

/** The fields a table must provide: lat/lon only where the rows have no geometry of their own. */
export function requiredFor(table: Table, required: readonly Field[]): Field[] {
  return table.geometries ? required.filter((f) => f !== 'lat' && f !== 'lon') : [...required];
}
