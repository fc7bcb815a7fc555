import { guessMapping } from './columnMapping.ts';
import { LAYER_FIELDS, type LayerKind } from './layerKind.ts';
import type { Table } from './table.ts';

type Shape = 'table' | 'point' | 'line' | 'polygon';

/** Which geometry each kind accepts, in the order kinds are tried (most specific headers first). */
const CANDIDATES: { kind: LayerKind; shapes: Shape[] }[] = [
  { kind: 'stations', shapes: ['table', 'point'] },
  { kind: 'coverage', shapes: ['polygon'] },
  { kind: 'villages', shapes: ['table', 'point', 'polygon'] },
  { kind: 'communes', shapes: ['polygon'] },
  { kind: 'fibre', shapes: ['table', 'point', 'line'] },
  { kind: 'population', shapes: ['table', 'point'] },
];

/**
 * Guesses the kind of layer from the headers and the geometry: the first kind (stations, coverage, villages,
 * communes, fibre, population) whose required fields all have a column and which accepts the file's geometry.
 * Null when none fits.
 */
export function guessKind(table: Table): LayerKind | null {
  const shape = shapeOf(table);
  for (const { kind, shapes } of CANDIDATES) {
    if (!shapes.includes(shape)) continue;
    const required = LAYER_FIELDS[kind].required.filter((f) => shape === 'table' || (f !== 'lat' && f !== 'lon'));
    const mapping = guessMapping(table.columns, [...required, ...LAYER_FIELDS[kind].optional]);
    if (required.every((f) => mapping[f] !== undefined)) return kind;
  }
  return null;
}

function shapeOf(table: Table): Shape {
  if (!table.geometries) return 'table';
  const counts = { point: 0, line: 0, polygon: 0 };
  for (const g of table.geometries) {
    if (g?.type === 'Point' || g?.type === 'MultiPoint') counts.point++;
    else if (g?.type === 'LineString' || g?.type === 'MultiLineString') counts.line++;
    else if (g?.type === 'Polygon' || g?.type === 'MultiPolygon') counts.polygon++;
  }
  return counts.polygon >= counts.point && counts.polygon >= counts.line ? 'polygon' : counts.line > counts.point ? 'line' : 'point';
}
