import Flatbush from 'flatbush';
import type { LocalFrame } from '../geometry/localFrame.ts';
import { areaPolygons } from '../geometry/projectArea.ts';
import { edgeRowSpans, type RowSpans, type Rows } from '../geometry/rowSpans.ts';
import type { Area } from '../model.ts';

/**
 * The edges of many polygons (coverage areas) in flat arrays, indexed by edge bounding box, so a scanline band
 * or a point only touches the edges near it. Each polygon (outer ring and holes) is filled by the even-odd rule
 * on its own; overlapping polygons are unioned by the caller.
 */
export class PolygonEdgeIndex {
  readonly polygonCount: number;
  private readonly edges: Float64Array;
  private readonly polygonOf: Int32Array;
  /** `[west, south, east, north]` per polygon. */
  private readonly bbox: Float64Array;
  private readonly index: Flatbush | null;
  private readonly west: number;
  private readonly east: number;

  constructor(areas: readonly Area[]) {
    const polygons = areas.flatMap(areaPolygons);
    let total = 0;
    for (const rings of polygons) for (const ring of rings) total += ring.length;
    const edges = new Float64Array(4 * total);
    const polygonOf = new Int32Array(total);
    const bbox = new Float64Array(4 * polygons.length);
    let e = 0;
    polygons.forEach((rings, p) => {
      let [w, s, east, n] = [Infinity, Infinity, -Infinity, -Infinity];
      for (const ring of rings) {
        for (let i = 0; i < ring.length; i++) {
          const a = ring[i === 0 ? ring.length - 1 : i - 1]!;
          const b = ring[i]!;
          w = Math.min(w, b[0]!);
          east = Math.max(east, b[0]!);
          s = Math.min(s, b[1]!);
          n = Math.max(n, b[1]!);
          if (a[1] === b[1]) continue;
          edges.set([a[0]!, a[1]!, b[0]!, b[1]!], 4 * e);
          polygonOf[e++] = p;
        }
      }
      bbox.set([w, s, east, n], 4 * p);
    });
    this.polygonCount = polygons.length;
    this.edges = edges.slice(0, 4 * e);
    this.polygonOf = polygonOf.slice(0, e);
    this.bbox = bbox;
    this.index = e > 0 ? new Flatbush(e) : null;
    let west = Infinity;
    let east = -Infinity;
    for (let i = 0; i < e; i++) {
      const xa = this.edges[4 * i]!;
      const xb = this.edges[4 * i + 2]!;
      const ya = this.edges[4 * i + 1]!;
      const yb = this.edges[4 * i + 3]!;
      this.index!.add(Math.min(xa, xb), Math.min(ya, yb), Math.max(xa, xb), Math.max(ya, yb));
      west = Math.min(west, xa, xb);
      east = Math.max(east, xa, xb);
    }
    this.index?.finish();
    this.west = west;
    this.east = east;
  }

  /**
   * For each polygon whose box meets `[west, south, east, north]` (degrees), its exact spans on `rows` of
   * `frame`. Every edge in the rows' latitude band is used, so the even-odd parity is right from the left.
   */
  rowSpans(frame: LocalFrame, rows: Rows, west: number, south: number, east: number, north: number): RowSpans[] {
    if (!this.index) return [];
    const byPolygon = new Map<number, number[]>();
    for (const e of this.index.search(this.west, south, this.east, north)) {
      const p = this.polygonOf[e]!;
      const b = this.bbox;
      if (b[4 * p]! > east || b[4 * p + 2]! < west) continue;
      const list = byPolygon.get(p);
      if (list) list.push(e);
      else byPolygon.set(p, [e]);
    }
    const out: RowSpans[] = [];
    for (const ids of byPolygon.values()) {
      const local = new Float64Array(4 * ids.length);
      ids.forEach((e, k) => {
        local[4 * k] = (this.edges[4 * e]! - frame.lon0) * frame.mPerDegLon;
        local[4 * k + 1] = (this.edges[4 * e + 1]! - frame.lat0) * frame.mPerDegLat;
        local[4 * k + 2] = (this.edges[4 * e + 2]! - frame.lon0) * frame.mPerDegLon;
        local[4 * k + 3] = (this.edges[4 * e + 3]! - frame.lat0) * frame.mPerDegLat;
      });
      out.push(edgeRowSpans(local, ids.length, rows));
    }
    return out;
  }

  /** Whether `[lon, lat]` (degrees) lies inside any polygon: even-odd count of the edges to its left. */
  contains(lon: number, lat: number): boolean {
    if (!this.index) return false;
    const parity = new Map<number, boolean>();
    for (const e of this.index.search(this.west, lat, lon, lat)) {
      const xa = this.edges[4 * e]!;
      const ya = this.edges[4 * e + 1]!;
      const xb = this.edges[4 * e + 2]!;
      const yb = this.edges[4 * e + 3]!;
      if (ya > lat === yb > lat) continue;
      if (xa + ((lat - ya) * (xb - xa)) / (yb - ya) < lon) {
        const p = this.polygonOf[e]!;
        parity.set(p, !parity.get(p));
      }
    }
    for (const inside of parity.values()) if (inside) return true;
    return false;
  }
}
