import type { Area } from '../model.ts';
import { areaPolygons } from './projectArea.ts';

/** Edges per latitude band aimed at: a point test then reads about this many edges instead of every edge. */
const EDGES_PER_BAND = 8;
const MAX_BANDS = 512;

/** One polygon's non-horizontal edges, filed under every latitude band they span. */
interface Bands {
  south: number;
  north: number;
  count: number;
  /** Edge k is `[xa, ya, xb, yb]` at `4k`. */
  edges: Float64Array;
  /** Band j's edge numbers are `list[start[j]]` up to `list[start[j + 1]]`. */
  start: Int32Array;
  list: Int32Array;
}

/**
 * An area prepared for many point-in-area tests: each polygon's edges are filed into latitude bands, so a test
 * reads one band's edges. Gives the same answer as `pointInArea` (even-odd within each polygon, any polygon) at a
 * cost that does not grow with the number of vertices. Degrees, `[lng, lat]`. Does not mutate the area.
 */
export class BandedArea {
  private readonly polygons: Bands[];

  constructor(area: Area) {
    this.polygons = areaPolygons(area).map(bandPolygon);
  }

  contains(lon: number, lat: number): boolean {
    for (const p of this.polygons) {
      if (lat < p.south || lat > p.north) continue;
      const j = Math.min(p.count - 1, Math.floor(((lat - p.south) / (p.north - p.south || 1)) * p.count));
      let inside = false;
      for (let k = p.start[j]!; k < p.start[j + 1]!; k++) {
        const e = 4 * p.list[k]!;
        const xa = p.edges[e]!;
        const ya = p.edges[e + 1]!;
        const xb = p.edges[e + 2]!;
        const yb = p.edges[e + 3]!;
        if (ya > lat !== yb > lat && lon < ((xb - xa) * (lat - ya)) / (yb - ya) + xa) inside = !inside;
      }
      if (inside) return true;
    }
    return false;
  }
}

function bandPolygon(rings: readonly (readonly (readonly number[])[])[]): Bands {
  let total = 0;
  for (const ring of rings) total += ring.length;
  const edges = new Float64Array(4 * total);
  let n = 0;
  let south = Infinity;
  let north = -Infinity;
  for (const ring of rings) {
    // Same pairing as pointInArea (each vertex with the one before it, wrapping), so answers match bit for bit.
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1] === b[1]) continue;
      edges.set([a[0]!, a[1]!, b[0]!, b[1]!], 4 * n++);
      south = Math.min(south, a[1]!, b[1]!);
      north = Math.max(north, a[1]!, b[1]!);
    }
  }
  const count = Math.max(1, Math.min(MAX_BANDS, Math.ceil(n / EDGES_PER_BAND)));
  const height = north - south || 1;
  const band = (y: number) => Math.min(count - 1, Math.max(0, Math.floor(((y - south) / height) * count)));
  const start = new Int32Array(count + 1);
  for (let k = 0; k < n; k++) {
    const [lo, hi] = span(edges, k, band);
    for (let j = lo; j <= hi; j++) start[j + 1]!++;
  }
  for (let j = 0; j < count; j++) start[j + 1]! += start[j]!;
  const fill = start.slice(0, count);
  const list = new Int32Array(start[count]!);
  for (let k = 0; k < n; k++) {
    const [lo, hi] = span(edges, k, band);
    for (let j = lo; j <= hi; j++) list[fill[j]!++] = k;
  }
  return { south, north, count, edges, start, list };
}

function span(edges: Float64Array, k: number, band: (y: number) => number): [number, number] {
  const ya = edges[4 * k + 1]!;
  const yb = edges[4 * k + 3]!;
  return [band(Math.min(ya, yb)), band(Math.max(ya, yb))];
}
