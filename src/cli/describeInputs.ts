import { VILLAGE_OUTSIDE_M, type LayerWarnings } from '../core/import/crossCheckLayers.ts';
import type { LoadedInput } from './loadDataset.ts';

/** One line per input: what was read, and why rows were left out. */
export function inputLine({ path, kind, report }: LoadedInput): string {
  const reasons = Object.entries(report.reasons).map(([reason, n]) => `${reason} ${n}`);
  return (
    `${kind}: ${path}: ${report.rows} rows, ${report.imported} imported, ${report.rejected} rejected` +
    (report.warnings > 0 ? `, ${report.warnings} warnings` : '') +
    (reasons.length > 0 ? ` (${reasons.join(', ')})` : '')
  );
}

/**
 * What the layers say about each other, one line each: villages naming a commune not loaded, villages far outside
 * theirs, stations outside every commune, with the first few named.
 */
export function warningLines(w: LayerWarnings): string[] {
  const some = <T>(list: T[], n: number, name: (x: T) => string) =>
    ` (${list.slice(0, 3).map(name).join('; ')}${n > 3 ? '; ...' : ''})`;
  const lines: string[] = [];
  const { counts } = w;
  if (counts.villagesWithoutCommune > 0) {
    lines.push(`warning: ${counts.villagesWithoutCommune} villages name a commune that is not loaded; counted on the "no commune" line` +
      some(w.villagesWithoutCommune, counts.villagesWithoutCommune, (v) => `${v.id} -> ${v.communeCode}`));
  }
  if (counts.villagesOutsideCommune > 0) {
    lines.push(`warning: ${counts.villagesOutsideCommune} villages lie more than ${VILLAGE_OUTSIDE_M / 1000} km outside their commune` +
      some(w.villagesOutsideCommune, counts.villagesOutsideCommune, (v) => `${v.id} ${Math.round(v.distanceM / 100) / 10} km from ${v.communeCode}`));
  }
  if (counts.stationsOutsideCommunes > 0) {
    lines.push(`warning: ${counts.stationsOutsideCommunes} stations stand outside every commune` +
      some(w.stationsOutsideCommunes, counts.stationsOutsideCommunes, (s) => `${s.operator} ${s.id}`));
  }
  return lines;
}
