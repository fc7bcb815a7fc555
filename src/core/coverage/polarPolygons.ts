import type { IntervalBuffer } from '../geometry/intervals.ts';

const RAD = Math.PI / 180;

/** Sines and cosines of the bearings `k x 360 / n` degrees (clockwise from north), shared by every polygon of `n` vertices. */
const trig = new Map<number, { sin: Float64Array; cos: Float64Array }>();
let lastTrig: { n: number; sin: Float64Array; cos: Float64Array } = { n: 0, sin: new Float64Array(0), cos: new Float64Array(0) };
function trigFor(n: number): { sin: Float64Array; cos: Float64Array } {
  if (lastTrig.n === n) return lastTrig;
  let t = trig.get(n);
  if (!t) {
    t = { sin: new Float64Array(n), cos: new Float64Array(n) };
    for (let k = 0; k < n; k++) {
      t.sin[k] = Math.sin((k * 360 * RAD) / n);
      t.cos[k] = Math.cos((k * 360 * RAD) / n);
    }
    trig.set(n, t);
  }
  lastTrig = { n, ...t };
  return t;
}

/** `a`, or a copy twice as long (at least `need`) when it is shorter than `need`. */
function growF64(a: Float64Array, need: number): Float64Array {
  if (need <= a.length) return a;
  const out = new Float64Array(Math.max(need, 2 * a.length));
  out.set(a);
  return out;
}
function growI32(a: Int32Array, need: number): Int32Array {
  if (need <= a.length) return a;
  const out = new Int32Array(Math.max(need, 2 * a.length));
  out.set(a);
  return out;
}

/** Floats per chunk of distances (4 MB). */
const CHUNK = 1 << 20;

/** The vertices' y, and its edges' directions, of the polygon being added. */
let ys: Float64Array = new Float64Array(360);
let dirs: Int8Array = new Int8Array(360);

/**
 * Start vertices of the maximal runs of edges along which `ys` (of `n` vertices, cyclic) does not turn back; none
 * for a flat polygon. The first run starts at an edge that turns: one that rises or falls where the last edge that
 * moved did the opposite.
 */
function findChains(ys: Float64Array, n: number): number[] {
  // Direction of each edge k (from vertex k to k + 1): 1 up, -1 down, 0 flat.
  if (dirs.length < n) dirs = new Int8Array(n);
  let last = 0;
  for (let k = 0; k < n; k++) {
    const a = ys[k]!;
    const b = ys[k + 1 < n ? k + 1 : 0]!;
    const d = b > a ? 1 : b < a ? -1 : 0;
    dirs[k] = d;
    if (d !== 0) last = d;
  }
  if (last === 0) return [];
  let first = -1;
  for (let k = 0; k < n && first === -1; k++) {
    const d = dirs[k]!;
    if (d !== 0 && d !== last) first = k;
    if (d !== 0) last = d;
  }
  const starts = [first];
  let going = dirs[first]!;
  for (let k = first + 1; k < first + n; k++) {
    const d = dirs[k < n ? k : k - n]!;
    if (d !== 0 && d !== going) {
      starts.push(k < n ? k : k - n);
      going = d;
    }
  }
  return starts;
}

/**
 * Star-shaped polygons around their centres: polygon `p` has `n` vertices at bearings `k x 360 / n` degrees
 * (clockwise from north) and distances `r[k]` metres, joined by straight edges. Each polygon's boundary is cut into
 * chains along which y (north) never turns back, so a scanline finds its crossing on each chain by bisection:
 * a few chains of a few steps instead of every edge. Distances are kept as float32 (0.01 mm at 100 km): a
 * province's 300,000 sectored stations would need 1.7 GB as float64 vertices.
 */
export class PolarPolygons {
  count = 0;
  /** Distances, one per vertex, polygon after polygon, in chunks that are never copied to grow. */
  private readonly chunks: Float32Array[] = [];
  private fill = CHUNK;
  /** Per polygon: its chunk, its first vertex there and its vertex count. */
  private chunkOf: Int32Array = new Int32Array(64);
  private first: Int32Array = new Int32Array(64);
  private size: Int32Array = new Int32Array(64);
  private chainStart: Int32Array = new Int32Array(64);
  /** Vertex index where each chain starts; a chain ends where the next one (cyclically) starts. */
  private chains: Int32Array = new Int32Array(256);
  /** y of each chain's first vertex. */
  private chainY: Float64Array = new Float64Array(256);
  /** Per polygon, a radius the boundary stays beyond (at most its distance from the centre): the disc lies inside. */
  private inner: Float64Array = new Float64Array(64);
  /** `[minX, minY, maxX, maxY]` per polygon, metres from its centre. */
  extent: Float64Array = new Float64Array(256);
  private xs: Float64Array = new Float64Array(16);

  /** Adds a polygon of `rangeM.length` (at least 3) vertices, copying the distances; returns its number. */
  add(rangeM: ArrayLike<number>): number {
    const p = this.count++;
    const n = rangeM.length;
    if (this.fill + n > CHUNK) {
      this.chunks.push(new Float32Array(Math.max(CHUNK, n)));
      this.fill = 0;
    }
    this.chunkOf = growI32(this.chunkOf, p + 1);
    this.first = growI32(this.first, p + 1);
    this.size = growI32(this.size, p + 1);
    this.chunkOf[p] = this.chunks.length - 1;
    this.first[p] = this.fill;
    this.size[p] = n;
    const chunk = this.chunks[this.chunks.length - 1]!;
    const v0 = this.fill;
    chunk.set(rangeM, v0);
    this.fill += n;
    // The vertices' y (from the stored float32 distances, as every later use reads them) and the extent.
    const { sin, cos } = trigFor(n);
    if (ys.length < n) ys = new Float64Array(n);
    let minX = 0;
    let minY = 0;
    let maxX = 0;
    let maxY = 0;
    // The inner radius: an edge between vertices at least m out, 360 / n degrees apart, keeps m cos(180 / n) from
    // the centre (it lies beyond the chord of the two points m out), so the smallest vertex distance times that.
    let inner = Infinity;
    for (let k = 0; k < n; k++) {
      const r = chunk[v0 + k]!;
      const x = r * sin[k]!;
      const y = (ys[k] = r * cos[k]!);
      if (x < minX) minX = x;
      else if (x > maxX) maxX = x;
      if (y < minY) minY = y;
      else if (y > maxY) maxY = y;
      if (r < inner) inner = r;
    }
    this.inner = growF64(this.inner, p + 1);
    this.inner[p] = inner * Math.cos(Math.PI / n);
    this.extent = growF64(this.extent, 4 * p + 4);
    this.extent[4 * p] = minX;
    this.extent[4 * p + 1] = minY;
    this.extent[4 * p + 2] = maxX;
    this.extent[4 * p + 3] = maxY;
    const chains = findChains(ys, n);
    const c0 = this.chainStart[p]!;
    this.chainStart = growI32(this.chainStart, p + 2);
    this.chainStart[p + 1] = c0 + chains.length;
    this.chains = growI32(this.chains, c0 + chains.length);
    this.chainY = growF64(this.chainY, c0 + chains.length);
    chains.forEach((k, i) => {
      this.chains[c0 + i] = k;
      this.chainY[c0 + i] = ys[k]!;
    });
    return p;
  }

  /**
   * Pushes onto `out` the x-intervals where polygon `p`, centred at `(cx, cy)`, meets the line `y` (all metres in
   * one frame), exact for the polygon: the crossings of its edges, paired by the even-odd rule. An edge counts on
   * lines with min y <= line < max y, so a vertex on the line is counted once. When the polygon is known to cover
   * `[xWest, xEast]` of the line from its inner disc alone, only that chord is pushed. Mutates only `out`.
   */
  pushRowIntervals(p: number, cx: number, cy: number, y: number, out: IntervalBuffer, xWest = -Infinity, xEast = Infinity): void {
    const dy = y - cy;
    if (dy < this.extent[4 * p + 1]! || dy >= this.extent[4 * p + 3]!) return;
    const inner = this.inner[p]!;
    if (dy * dy < inner * inner) {
      // The line's chord of the inner disc, if it already spans [xWest, xEast], is all the caller needs.
      const w = Math.sqrt(inner * inner - dy * dy);
      if (cx - w <= xWest && cx + w >= xEast) return void out.push(cx - w, cx + w);
    }
    const n = this.size[p]!;
    const r = this.chunks[this.chunkOf[p]!]!;
    const base = this.first[p]!;
    const { sin, cos } = trigFor(n);
    const c0 = this.chainStart[p]!;
    const c1 = this.chainStart[p + 1]!;
    let xs = this.xs;
    let m = 0;
    for (let c = c0; c < c1; c++) {
      const next = c + 1 === c1 ? c0 : c + 1;
      const ys = this.chainY[c]!;
      const ye = this.chainY[next]!;
      const rising = ys < ye;
      if (rising ? dy < ys || dy >= ye : dy < ye || dy >= ys) continue;
      // Bisect for the edge (lo, lo + 1) that crosses: y[lo] <= dy < y[lo + 1] rising, y[lo + 1] <= dy < y[lo] falling.
      let lo = this.chains[c]!;
      let hi = this.chains[next]!;
      if (hi <= lo) hi += n;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        const i = mid < n ? mid : mid - n;
        if (r[base + i]! * cos[i]! <= dy === rising) lo = mid;
        else hi = mid;
      }
      const ia = lo < n ? lo : lo - n;
      const ib = ia + 1 < n ? ia + 1 : 0;
      const ra = r[base + ia]!;
      const rb = r[base + ib]!;
      const ya = ra * cos[ia]!;
      const yb = rb * cos[ib]!;
      const xa = ra * sin[ia]!;
      const xb = rb * sin[ib]!;
      if (m === xs.length) {
        xs = new Float64Array(2 * m);
        xs.set(this.xs);
        this.xs = xs;
      }
      xs[m++] = xa + ((dy - ya) * (xb - xa)) / (yb - ya);
    }
    // A star-shaped polygon crosses a line a handful of times: insertion sort, then pair up.
    for (let i = 1; i < m; i++) {
      const v = xs[i]!;
      let j = i - 1;
      while (j >= 0 && xs[j]! > v) {
        xs[j + 1] = xs[j]!;
        j--;
      }
      xs[j + 1] = v;
    }
    for (let i = 0; i + 1 < m; i += 2) if (xs[i + 1]! > xs[i]!) out.push(cx + xs[i]!, cx + xs[i + 1]!);
  }

  /**
   * Whether polygon `p` surely covers the box `[x0, x1] x [y0, y1]` (metres from its centre): every edge within the
   * bearings the box spans lies farther than the box's farthest corner. An edge between vertices at least `m` out
   * and `360 / n` degrees apart keeps `m cos(180 / n)` from the centre, and along each bearing the polygon holds all
   * points nearer than its boundary. False is no answer: the box may still be covered.
   */
  coversBox(p: number, x0: number, y0: number, x1: number, y1: number): boolean {
    const far2 = Math.max(x0 * x0, x1 * x1) + Math.max(y0 * y0, y1 * y1);
    const n = this.size[p]!;
    const r = this.chunks[this.chunkOf[p]!]!;
    const base = this.first[p]!;
    const need = Math.sqrt(far2) / Math.cos(Math.PI / n);
    if (x0 <= 0 && x1 >= 0 && y0 <= 0 && y1 >= 0) {
      for (let k = 0; k < n; k++) if (r[base + k]! <= need) return false;
      return true;
    }
    // Bearings of the corners about the box centre's (the box, not holding the centre, spans under 180 degrees).
    const mid = Math.atan2((x0 + x1) / 2, (y0 + y1) / 2) / RAD;
    const offs = (x: number, y: number) => ((((Math.atan2(x, y) / RAD - mid) % 360) + 540) % 360) - 180;
    const o1 = offs(x0, y0);
    const o2 = offs(x0, y1);
    const o3 = offs(x1, y0);
    const o4 = offs(x1, y1);
    const lo = Math.min(o1, o2, o3, o4);
    const hi = Math.max(o1, o2, o3, o4);
    // Edges whose bearings meet [mid + lo, mid + hi], widened by a hair so that a range ending on a vertex (to
    // rounding) takes both its edges.
    const first = Math.floor(((mid + lo) * n) / 360 - 1e-6);
    const last = Math.floor(((mid + hi) * n) / 360 + 1e-6) + 1;
    for (let k = first; k <= last; k++) if (r[base + (((k % n) + n) % n)]! <= need) return false;
    return true;
  }

  /** Whether the point `(px, py)`, metres from polygon `p`'s centre, lies inside it (on the ray from the centre). */
  contains(p: number, px: number, py: number): boolean {
    const n = this.size[p]!;
    const r = this.chunks[this.chunkOf[p]!]!;
    const base = this.first[p]!;
    const d = Math.hypot(px, py);
    const bearing = ((Math.atan2(px, py) / RAD) % 360 + 360) % 360;
    const k = Math.min(n - 1, Math.floor((bearing * n) / 360));
    const k1 = k + 1 < n ? k + 1 : 0;
    const { sin, cos } = trigFor(n);
    const ax = r[base + k]! * sin[k]!;
    const ay = r[base + k]! * cos[k]!;
    const ex = r[base + k1]! * sin[k1]! - ax;
    const ey = r[base + k1]! * cos[k1]! - ay;
    if (d === 0) return ax !== 0 || ay !== 0 || ex !== 0 || ey !== 0;
    // The ray t (ux, uy) meets the edge a + s e where t = (a x e) / (u x e).
    const ux = px / d;
    const uy = py / d;
    const denominator = ux * ey - uy * ex;
    const t = denominator === 0 ? Math.hypot(ax, ay) : (ax * ey - ay * ex) / denominator;
    return d <= t;
  }

}
