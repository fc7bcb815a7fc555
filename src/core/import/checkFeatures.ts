import type { Feature, FeatureCollection } from 'geojson';
import type { RowFault } from './table.ts';

type Shape = 0 | 1 | 2 | 3;
/** How deep each geometry's coordinates nest: 0 a position, 1 a list of positions, and so on. */
const DEPTH: Record<string, Shape> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/**
 * Checks each feature of a collection parsed from a file before anything walks it: a feature that is not an
 * object, a geometry whose coordinates are not arrays of finite numbers nested as its type says ("coordinates":
 * "abc", numbers as strings), or properties nested deeper than `maxDepth` get a fault (their row is rejected with
 * it) and an empty geometry and properties, so that no later step meets them. The rest are kept as they are.
 * Iterative where the input decides the depth: nesting of any depth cannot overflow the stack.
 */
export function checkFeatures(fc: FeatureCollection, maxDepth: number): { fc: FeatureCollection; faults: (RowFault | null)[] } {
  const faults: (RowFault | null)[] = [];
  const features: Feature[] = fc.features.map((raw: unknown) => {
    const fault = featureFault(raw, maxDepth);
    faults.push(fault);
    if (!fault) return raw as Feature;
    const id = isObject(raw) && (typeof raw.id === 'string' || typeof raw.id === 'number') ? { id: raw.id } : {};
    return { type: 'Feature', ...id, properties: {}, geometry: null } as unknown as Feature;
  });
  return { fc: { ...fc, features }, faults };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function featureFault(raw: unknown, maxDepth: number): RowFault | null {
  if (!isObject(raw)) return { reason: 'invalid_geometry', field: 'feature', detail: snippet(raw) };
  const { properties, geometry } = raw;
  if (properties !== null && properties !== undefined) {
    if (!isObject(properties)) return { reason: 'invalid_geometry', field: 'properties', detail: snippet(properties) };
    for (const [key, value] of Object.entries(properties)) {
      if (depthOver(value, maxDepth - 2)) return { reason: 'nesting_too_deep', field: key, detail: `> ${maxDepth}` };
    }
  }
  if (geometry === null || geometry === undefined) return null;
  return geometryFault(geometry, maxDepth - 2);
}

/** True when `value` nests arrays or objects deeper than `limit` levels; walks at most `limit` levels down. */
function depthOver(value: unknown, limit: number): boolean {
  let level: unknown[] = [value];
  for (let depth = 0; level.length > 0; depth++) {
    const next: unknown[] = [];
    for (const v of level) {
      if (typeof v !== 'object' || v === null) continue;
      if (depth >= limit) return true;
      for (const child of Array.isArray(v) ? v : Object.values(v)) if (typeof child === 'object' && child !== null) next.push(child);
    }
    level = next;
  }
  return false;
}

function geometryFault(g: unknown, limit: number): RowFault | null {
  if (!isObject(g)) return { reason: 'invalid_geometry', field: 'geometry', detail: snippet(g) };
  const type = g.type;
  if (type === 'GeometryCollection') {
    if (!Array.isArray(g.geometries)) return { reason: 'invalid_geometry', field: 'geometry', detail: `GeometryCollection: ${snippet(g.geometries)}` };
    if (limit <= 0) return { reason: 'nesting_too_deep', field: 'geometry', detail: 'GeometryCollection' };
    for (const member of g.geometries) {
      const fault = geometryFault(member, limit - 1);
      if (fault) return fault;
    }
    return null;
  }
  if (typeof type !== 'string' || !(type in DEPTH)) return { reason: 'invalid_geometry', field: 'geometry', detail: snippet(type) };
  const bad = coordinatesFault(g.coordinates, DEPTH[type]!);
  return bad === null ? null : { reason: 'invalid_geometry', field: 'geometry', detail: `${type}: ${bad}` };
}

/** Null when `c` is positions nested `depth` deep (finite numbers, at least two per position); else the bad part. */
function coordinatesFault(c: unknown, depth: Shape): string | null {
  let level: unknown[] = [c];
  for (let d = depth; d > 0; d--) {
    const next: unknown[] = [];
    for (const v of level) {
      if (!Array.isArray(v)) return snippet(v);
      for (const child of v) next.push(child);
    }
    level = next;
  }
  for (const p of level) {
    if (!Array.isArray(p) || p.length < 2) return snippet(p);
    for (const x of p) if (typeof x !== 'number' || !Number.isFinite(x)) return snippet(p);
  }
  return null;
}

/** A short text of a value for the report: primitives as JSON, arrays and objects by their first members. */
function snippet(v: unknown): string {
  if (Array.isArray(v)) return `[${v.slice(0, 3).map((x) => (typeof x === 'object' && x !== null ? '…' : JSON.stringify(x) ?? String(x))).join(',')}${v.length > 3 ? ',…' : ''}]`;
  if (typeof v === 'object' && v !== null) return '{…}';
  const text = JSON.stringify(v) ?? String(v);
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}
