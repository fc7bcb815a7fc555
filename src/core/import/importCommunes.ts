import { findOutlierVertex } from '../geometry/findOutlierVertex.ts';
import { repairArea } from '../geometry/repairArea.ts';
import type { Commune, CommuneType } from '../model.ts';
import { importRows } from './importRows.ts';
import type { ImportOptions, LayerImport } from './importTypes.ts';
import { normaliseHeader } from './normaliseHeader.ts';
import { checkAreaInVietnam } from './checkAreaInVietnam.ts';
import type { Table } from './table.ts';

/**
 * Turns commune boundary features into `Commune`s: code and name required, type from a type column ("xa",
 * "Phường", "đặc khu"...) or else from the prefix of the full name or the name ("Phường Bắc Giang"), xã by
 * default. Polygons are repaired where possible (see `repairArea`) with a warning per fix; duplicate codes,
 * empty or non-polygon geometry and boundaries outside Vietnam are rejected. Does not mutate `table`.
 */
export function importCommunes(table: Table, file: string, options: ImportOptions = {}): LayerImport<Commune[]> {
  if (!table.geometries) return { failure: { code: 'needs_geometry', kind: 'communes' } };
  const geometries = table.geometries;
  return importRows<Commune>(
    table,
    file,
    'communes',
    options,
    ({ cells, index, row, bound, report }) => {
      const area = repairArea(geometries[index] ?? null, options.limits);
      if ('reason' in area) return { reason: area.reason, field: 'geometry', detail: area.detail };
      const outside = checkAreaInVietnam(area.geometry);
      if (outside) return { reason: 'outside_vietnam', field: 'geometry', detail: outside };
      for (const fix of area.fixes) report.warn(row, 'geometry', fix, '');
      const outlier = findOutlierVertex(area.geometry);
      if (outlier) report.warn(row, 'geometry', 'outlier_vertex', `${outlier[1]}, ${outlier[0]}`);
      const commune: Commune = {
        code: bound.get(cells, 'communeCode'),
        name: bound.get(cells, 'name'),
        type: communeType(bound.get(cells, 'communeType'), bound.get(cells, 'fullName'), bound.get(cells, 'name')),
        geometry: area.geometry,
      };
      return { item: commune };
    },
    { field: 'communeCode', of: (c) => c.code },
  );
}

/**
 * Commune type from an explicit type cell ("xa", "Phường", "ward", "đặc khu"), else the prefix of the full name
 * or name with its diacritics ("Phường Bắc Giang"; "Phương Sơn" is a xã, not a ward); xã when nothing says.
 */
export function communeType(type: string, fullName: string, name: string): CommuneType {
  const key = normaliseHeader(type);
  if (key === 'phuong' || key === 'ward') return 'phuong';
  if (key === 'dackhu' || key === 'specialzone' || key === 'specialadministrativezone') return 'dac_khu';
  if (key === 'xa' || key === 'commune') return 'xa';
  for (const text of [fullName, name]) {
    const lower = text.trim().toLowerCase();
    if (lower.startsWith('phường ')) return 'phuong';
    if (lower.startsWith('đặc khu ')) return 'dac_khu';
    if (lower.startsWith('xã ')) return 'xa';
  }
  return 'xa';
}
