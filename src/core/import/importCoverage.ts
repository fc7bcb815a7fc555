import { repairArea } from '../geometry/repairArea.ts';
import { MEASURED_TECHS, type CoverageArea, type MeasuredTech } from '../model.ts';
import { checkAreaInVietnam } from './checkAreaInVietnam.ts';
import { importRows } from './importRows.ts';
import type { ImportOptions, LayerImport } from './importTypes.ts';
import { parseTechs } from './parseValues.ts';
import { readOperator } from './readOperator.ts';
import type { Table } from './table.ts';

/**
 * Turns coverage polygons into `CoverageArea`s, one per measured technology the row names ("4G;5G" gives two).
 * Rejected: no 4G/5G/6G named, empty, non-polygon or unrepairable geometry, a boundary outside Vietnam.
 * Does not mutate `table`.
 */
export function importCoverage(table: Table, file: string, options: ImportOptions = {}): LayerImport<CoverageArea[]> {
  if (!table.geometries) return { failure: { code: 'needs_geometry', kind: 'coverage' } };
  const geometries = table.geometries;
  const result = importRows<CoverageArea[]>(table, file, 'coverage', options, ({ cells, index, row, bound, report }) => {
    const own = readOperator(cells, bound, options);
    if ('reason' in own) return own;
    const { operator } = own;
    const techText = bound.get(cells, 'tech');
    const measured = parseTechs(techText).techs.filter((t): t is MeasuredTech => (MEASURED_TECHS as readonly string[]).includes(t));
    if (measured.length === 0) return { reason: 'no_known_tech', field: bound.header('tech'), detail: `"${techText}"` };
    const area = repairArea(geometries[index] ?? null, options.limits);
    if ('reason' in area) return { reason: area.reason, field: 'geometry', detail: area.detail };
    const outside = checkAreaInVietnam(area.geometry);
    if (outside) return { reason: 'outside_vietnam', field: 'geometry', detail: outside };
    for (const fix of area.fixes) report.warn(row, 'geometry', fix, '');
    return { item: measured.map((tech) => ({ operator, tech, geometry: area.geometry })) };
  });
  return 'failure' in result ? result : { ...result, data: result.data.flat() };
}
