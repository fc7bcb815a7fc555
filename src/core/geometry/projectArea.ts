import type { Area } from '../model.ts';
import type { LocalFrame } from './localFrame.ts';

/** An area in a local frame: one flat edge list `[xa, ya, xb, yb, ...]` per polygon (outer ring and holes). */
export interface ProjectedArea {
  polygons: Float64Array[];
  /** Area in m² (outer rings minus holes, by the shoelace formula in the frame). */
  areaM2: number;
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Polygons of an area as arrays of rings of `[lng, lat]` positions. */
export function areaPolygons(area: Area): number[][][][] {
  return area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
}

/**
 * Projects an area into `frame` (metres). Horizontal edges are dropped (they cross no scanline); rings need not
 * be closed or consistently oriented. Does not mutate `area`.
 */
export function projectArea(area: Area, frame: LocalFrame): ProjectedArea {
  const { lon0, lat0, mPerDegLon, mPerDegLat } = frame;
  const polygons: Float64Array[] = [];
  let areaM2 = 0;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const rings of areaPolygons(area)) {
    let size = 0;
    for (const ring of rings) size += ring.length;
    const edges = new Float64Array(4 * size);
    let e = 0;
    rings.forEach((ring, ringIndex) => {
      const m = ring.length;
      if (m < 3) return;
      let twice = 0;
      let prev = ring[m - 1]!;
      let px = (prev[0]! - lon0) * mPerDegLon;
      let py = (prev[1]! - lat0) * mPerDegLat;
      for (let i = 0; i < m; i++) {
        const p = ring[i]!;
        const x = (p[0]! - lon0) * mPerDegLon;
        const y = (p[1]! - lat0) * mPerDegLat;
        twice += px * y - x * py;
        if (y !== py) {
          edges[4 * e] = px;
          edges[4 * e + 1] = py;
          edges[4 * e + 2] = x;
          edges[4 * e + 3] = y;
          e++;
        }
        if (x < minX) minX = x;
        if (x > maxX) maxX = x;
        if (y < minY) minY = y;
        if (y > maxY) maxY = y;
        prev = p;
        px = x;
        py = y;
      }
      areaM2 += ringIndex === 0 ? Math.abs(twice) / 2 : -Math.abs(twice) / 2;
    });
    polygons.push(edges.slice(0, 4 * e));
  }
  return { polygons, areaM2: Math.max(0, areaM2), minX, minY, maxX, maxY };
}

/** `[west, south, east, north]` of an area in degrees. */
export function areaBBox(area: Area): [number, number, number, number] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  for (const rings of areaPolygons(area))
    for (const p of rings[0] ?? []) {
      if (p[0]! < w) w = p[0]!;
      if (p[0]! > e) e = p[0]!;
      if (p[1]! < s) s = p[1]!;
      if (p[1]! > n) n = p[1]!;
    }
  return [w, s, e, n];
}

/** Whether `[lon, lat]` lies inside the area (even-odd within each polygon, any polygon). Exact, in degrees. */
export function pointInArea(area: Area, lon: number, lat: number): boolean {
  for (const rings of areaPolygons(area)) {
    let inside = false;
    for (const ring of rings) {
      const m = ring.length;
      for (let i = 0, j = m - 1; i < m; j = i++) {
        const a = ring[i]!;
        const b = ring[j]!;
        if (a[1]! > lat !== b[1]! > lat && lon < ((b[0]! - a[0]!) * (lat - a[1]!)) / (b[1]! - a[1]!) + a[0]!) inside = !inside;
      }
    }
    if (inside) return true;
  }
  return false;
}
