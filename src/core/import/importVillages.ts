import type { Point } from 'geojson';
import { findOutlierVertex } from '../geometry/findOutlierVertex.ts';
import { repairArea } from '../geometry/repairArea.ts';
import type { Area, Village } from '../model.ts';
import { checkAreaInVietnam } from './checkAreaInVietnam.ts';
import { importRows } from './importRows.ts';
import type { ImportOptions, LayerImport } from './importTypes.ts';
import { parseCount, parseYesNo } from './parseValues.ts';
import { isPlausible } from './plausibleRange.ts';
import { readPoint } from './readPoint.ts';
import type { Table } from './table.ts';

/**
 * Turns village rows into `Village`s: boundaries (Polygon/MultiPolygon features, repaired where possible) or
 * centre points (Point features, or latitude/longitude columns of a table). Population and households are
 * counts ("1.234" is 1234); an empty count is 0 and an unreadable one is 0 with a warning; a count past
 * `PLAUSIBLE_RANGE` ("1e400") rejects the row, since it would outweigh every other village; fibre reads 1/0,
 * có/không, yes/no. Duplicate village ids are rejected (the later row). Point villages keep a Point geometry:
 * `estimateVillageAreas` derives their areas once the communes are known. Does not mutate `table`.
 */
export function importVillages(table: Table, file: string, options: ImportOptions = {}): LayerImport<Village[]> {
  return importRows<Village>(
    table,
    file,
    'villages',
    options,
    ({ cells, index, row, bound, report }) => {
      const g = table.geometries?.[index];
      let geometry: Area | Point;
      if (g && (g.type === 'Polygon' || g.type === 'MultiPolygon')) {
        const area = repairArea(g, options.limits);
        if ('reason' in area) return { reason: area.reason, field: 'geometry', detail: area.detail };
        const outside = checkAreaInVietnam(area.geometry);
        if (outside) return { reason: 'outside_vietnam', field: 'geometry', detail: outside };
        for (const fix of area.fixes) report.warn(row, 'geometry', fix, '');
        const outlier = findOutlierVertex(area.geometry);
        if (outlier) report.warn(row, 'geometry', 'outlier_vertex', `${outlier[1]}, ${outlier[0]}`);
        geometry = area.geometry;
      } else {
        const where = readPoint(table, index, bound, row, report);
        if ('reason' in where) return where;
        geometry = { type: 'Point', coordinates: [where.lon, where.lat] };
      }
      const counts = { population: 0, households: 0 };
      for (const field of ['population', 'households'] as const) {
        const text = bound.get(cells, field);
        const n = parseCount(text);
        if (text !== '' && n === null) report.warn(row, bound.header(field), 'unreadable_number_ignored', `"${text}"`);
        else if (n !== null && !isPlausible(n, 'count')) return { reason: 'implausible_number', field: bound.header(field), detail: `"${text}"` };
        counts[field] = n ?? 0;
      }
      const village: Village = {
        id: bound.get(cells, 'villageId'),
        name: bound.get(cells, 'name'),
        communeCode: bound.get(cells, 'communeCode'),
        population: counts.population,
        households: counts.households,
        fibre: parseYesNo(bound.get(cells, 'fibre')) ?? false,
        geometry,
      };
      return { item: village };
    },
    { field: 'villageId', of: (v) => v.id },
  );
}
