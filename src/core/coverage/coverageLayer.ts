import { IntervalBuffer, unionIntervals } from '../geometry/intervals.ts';
import { createLocalFrame, type LocalFrame } from '../geometry/localFrame.ts';
import type { RowSpans, Rows } from '../geometry/rowSpans.ts';
import type { PolygonEdgeIndex } from './polygonEdgeIndex.ts';
import { pushShapeInterval, shapeContains, shapeCoversBox, type ShapeSet } from './shapeSet.ts';

/** What covers one technology (or fibre): station shapes and loaded coverage polygons, unioned. */
export class CoverageLayer {
  private readonly row = new IntervalBuffer();
  /** What `rowSpans` answers in, reused from call to call: 300,000 village measures made garbage enough to collect for seconds. */
  private readonly out = new IntervalBuffer();
  private start = new Int32Array(257);

  constructor(
    readonly shapes: ShapeSet,
    readonly polygons: PolygonEdgeIndex | null,
  ) {}

  /**
   * The covered x-intervals (metres in `frame`) on each of `rows`, exact on each sample line, for what can
   * reach the box `[west, south, east, north]` (degrees) that the rows lie in, clipped to the box's x-extent in
   * `frame` (nothing outside it is asked for). A row that one shape or polygon covers from side to side is done
   * there: with 200,000 stations in a province a village's row meets a thousand discs and one of them spans it.
   * The answer lives in buffers this layer reuses: read it before its next `rowSpans`.
   */
  rowSpans(frame: LocalFrame, rows: Rows, west: number, south: number, east: number, north: number): RowSpans {
    const candidates = this.shapes.index ? this.shapes.index.search(west, south, east, north) : [];
    const polygonSpans = this.polygons ? this.polygons.rowSpans(frame, rows, west, south, east, north) : [];
    const xWest = (west - frame.lon0) * frame.mPerDegLon;
    const xEast = (east - frame.lon0) * frame.mPerDegLon;
    if (this.start.length < rows.n + 1) this.start = new Int32Array(2 * rows.n + 2);
    const start = this.start;
    start[0] = 0;
    const out = this.out;
    out.count = 0;
    const ySouth = (south - frame.lat0) * frame.mPerDegLat;
    const yNorth = (north - frame.lat0) * frame.mPerDegLat;
    // One shape over the whole box covers every row: a province's well-served villages need no row by row.
    const boxFits = Math.max(xEast - xWest, yNorth - ySouth) <= 2 * this.shapes.maxRadius;
    for (let c = 0; c < candidates.length && boxFits; c++) {
      if (!shapeCoversBox(this.shapes, candidates[c]!, frame, xWest, ySouth, xEast, yNorth)) continue;
      for (let r = 0; r < rows.n; r++) {
        out.push(xWest, xEast);
        start[r + 1] = r + 1;
      }
      return { start, xs: out.data };
    }
    const row = this.row;
    const spansBox = () => row.data[2 * row.count - 2]! <= xWest && row.data[2 * row.count - 1]! >= xEast;
    for (let r = 0; r < rows.n; r++) {
      const y = rows.y0 + (r + 0.5) * rows.h;
      row.count = 0;
      let full = false;
      for (let c = 0; c < candidates.length && !full; c++) {
        const before = row.count;
        pushShapeInterval(this.shapes, candidates[c]!, frame, y, row, xWest, xEast);
        full = row.count > before && spansBox();
        // The shape that spans this row likely spans the next one too: try it first there.
        if (full && c > 0) [candidates[0], candidates[c]] = [candidates[c]!, candidates[0]!];
      }
      for (let p = 0; p < polygonSpans.length && !full; p++) {
        const s = polygonSpans[p]!;
        for (let k = s.start[r]!; k < s.start[r + 1]! && !full; k++) {
          row.push(s.xs[2 * k]!, s.xs[2 * k + 1]!);
          full = spansBox();
        }
      }
      if (full) out.push(xWest, xEast);
      else {
        const m = unionIntervals(row.data, row.count);
        for (let k = 0; k < m; k++) {
          const a = Math.max(xWest, row.data[2 * k]!);
          const b = Math.min(xEast, row.data[2 * k + 1]!);
          if (a <= b) out.push(a, b);
        }
      }
      start[r + 1] = out.count;
    }
    return { start, xs: out.data };
  }

  /**
   * Pushes onto `out` every shape's and polygon's own x-intervals (metres in `frame`) on the line at latitude
   * `lat`, for what can reach `[west, east]` there: not merged, not clipped. For a raster row, which meets so many
   * shapes that merging them by sorting would cost more than counting them into pixels.
   */
  pushLineIntervals(frame: LocalFrame, lat: number, west: number, east: number, out: IntervalBuffer): void {
    const y = (lat - frame.lat0) * frame.mPerDegLat;
    if (this.shapes.index) for (const i of this.shapes.index.search(west, lat, east, lat)) pushShapeInterval(this.shapes, i, frame, y, out);
    if (!this.polygons) return;
    for (const s of this.polygons.rowSpans(frame, { y0: y - 0.5, h: 1, n: 1 }, west, lat, east, lat))
      for (let k = s.start[0]!; k < s.start[1]!; k++) out.push(s.xs[2 * k]!, s.xs[2 * k + 1]!);
  }

  /** Whether `[lon, lat]` (degrees) is covered. Exact. */
  covers(lon: number, lat: number): boolean {
    if (this.shapes.index) {
      const frame = createLocalFrame(lon, lat);
      for (const i of this.shapes.index.search(lon, lat, lon, lat)) if (shapeContains(this.shapes, i, frame, lon, lat)) return true;
    }
    return this.polygons !== null && this.polygons.contains(lon, lat);
  }
}
