import type { IntervalBuffer } from '../geometry/intervals.ts';

const RAD = Math.PI / 180;

/** Sines and cosines of the bearings `k x 360 / n` degrees (clockwise from north), shared by every polygon of `n` vertices. */
const trig = new Map<number, { sin: Float64Array; cos: Float64Array }>();
function trigFor(n: number): { sin: Float64Array; cos: Float64Array } {
  let t = trig.get(n);
  if (!t) {
    t = { sin: new Float64Array(n), cos: new Float64Array(n) };
    for (let k = 0; k < n; k++) {
      t.sin[k] = Math.sin((k * 360 * RAD) / n);
      t.cos[k] = Math.cos((k * 360 * RAD) / n);
    }
    trig.set(n, t);
  }
  return t;
}

/**
 * Star-shaped polygons around their centres: polygon `p` has `n` vertices at bearings `k x 360 / n` degrees
 * (clockwise from north) and distances `r[k]` metres, joined by straight edges. Each polygon's boundary is cut into
 * chains along which y (north) never turns back, so a scanline finds its crossing on each chain by bisection:
 * a few chains of a few steps instead of every edge. Distances are stored as float32 (0.01 mm at 100 km): a
 * province's 300,000 sectored stations would need 1.7 GB as float64 vertices.
 */
export class PolarPolygons {
  readonly count: number;
  private readonly vertexStart: Int32Array;
  private readonly r: Float32Array;
  private readonly chainStart: Int32Array;
  /** Vertex index where each chain starts; a chain ends where the next one (cyclically) starts. */
  private readonly chains: Int32Array;
  /** `[minX, minY, maxX, maxY]` per polygon, metres from its centre. */
  readonly extent: Float64Array;
  private xs = new Float64Array(16);

  constructor(ranges: readonly ArrayLike<number>[]) {
    this.count = ranges.length;
    this.vertexStart = new Int32Array(ranges.length + 1);
    ranges.forEach((r, p) => (this.vertexStart[p + 1] = this.vertexStart[p]! + r.length));
    this.r = new Float32Array(this.vertexStart[ranges.length]!);
    this.extent = new Float64Array(4 * ranges.length);
    this.chainStart = new Int32Array(ranges.length + 1);
    const chains: number[] = [];
    ranges.forEach((r, p) => {
      this.r.set(r, this.vertexStart[p]!);
      for (const c of this.findChains(p)) chains.push(c);
      this.chainStart[p + 1] = chains.length;
      this.measureExtent(p);
    });
    this.chains = Int32Array.from(chains);
  }

  private vertexCount(p: number): number {
    return this.vertexStart[p + 1]! - this.vertexStart[p]!;
  }

  /** y (north, metres from the centre) of vertex `k` of polygon `p`, `k` taken modulo the vertex count. */
  private y(p: number, k: number, cos: Float64Array, n: number): number {
    const i = k % n;
    return this.r[this.vertexStart[p]! + i]! * cos[i]!;
  }

  private x(p: number, k: number, sin: Float64Array, n: number): number {
    const i = k % n;
    return this.r[this.vertexStart[p]! + i]! * sin[i]!;
  }

  /** Start vertices of the maximal runs of edges along which y does not turn back; none for a flat polygon. */
  private findChains(p: number): number[] {
    const n = this.vertexCount(p);
    const { cos } = trigFor(n);
    const dir = (k: number) => Math.sign(this.y(p, k + 1, cos, n) - this.y(p, k, cos, n));
    // Start at an edge that turns: one that rises or falls where the last edge that moved did the opposite.
    let last = 0;
    for (let k = n - 1; k >= 0 && last === 0; k--) last = dir(k);
    if (last === 0) return [];
    let first = -1;
    for (let k = 0; k < n && first === -1; k++) {
      const d = dir(k);
      if (d !== 0 && d !== last) first = k;
      if (d !== 0) last = d;
    }
    const starts = [first];
    let going = dir(first);
    for (let k = first + 1; k < first + n; k++) {
      const d = dir(k);
      if (d !== 0 && d !== going) {
        starts.push(k % n);
        going = d;
      }
    }
    return starts;
  }

  private measureExtent(p: number): void {
    const n = this.vertexCount(p);
    const { sin, cos } = trigFor(n);
    let [minX, minY, maxX, maxY] = [0, 0, 0, 0];
    for (let k = 0; k < n; k++) {
      const x = this.x(p, k, sin, n);
      const y = this.y(p, k, cos, n);
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    }
    this.extent.set([minX, minY, maxX, maxY], 4 * p);
  }

  /**
   * Pushes onto `out` the x-intervals where polygon `p`, centred at `(cx, cy)`, meets the line `y` (all metres in
   * one frame), exact for the polygon: the crossings of its edges, paired by the even-odd rule. An edge counts on
   * lines with min y <= line < max y, so a vertex on the line is counted once. Mutates only `out`.
   */
  pushRowIntervals(p: number, cx: number, cy: number, y: number, out: IntervalBuffer): void {
    const dy = y - cy;
    if (dy < this.extent[4 * p + 1]! || dy >= this.extent[4 * p + 3]!) return;
    const n = this.vertexCount(p);
    const { sin, cos } = trigFor(n);
    const c0 = this.chainStart[p]!;
    const c1 = this.chainStart[p + 1]!;
    let xs = this.xs;
    let m = 0;
    for (let c = c0; c < c1; c++) {
      const s = this.chains[c]!;
      let e = c + 1 < c1 ? this.chains[c + 1]! : this.chains[c0]!;
      if (e <= s) e += n;
      const ys = this.y(p, s, cos, n);
      const ye = this.y(p, e, cos, n);
      let a: number;
      if (ys < ye) {
        if (dy < ys || dy >= ye) continue;
        // The last vertex at or below the line: y[lo] <= dy < y[hi].
        let lo = s;
        let hi = e;
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1;
          if (this.y(p, mid, cos, n) <= dy) lo = mid;
          else hi = mid;
        }
        a = lo;
      } else {
        if (dy < ye || dy >= ys) continue;
        // The first vertex at or below the line: y[hi] <= dy < y[lo].
        let lo = s;
        let hi = e;
        while (hi - lo > 1) {
          const mid = (lo + hi) >> 1;
          if (this.y(p, mid, cos, n) <= dy) hi = mid;
          else lo = mid;
        }
        a = lo;
      }
      const ya = this.y(p, a, cos, n);
      const yb = this.y(p, a + 1, cos, n);
      const xa = this.x(p, a, sin, n);
      const xb = this.x(p, a + 1, sin, n);
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

  /** Whether the point `(px, py)`, metres from polygon `p`'s centre, lies inside it (on the ray from the centre). */
  contains(p: number, px: number, py: number): boolean {
    const n = this.vertexCount(p);
    const d = Math.hypot(px, py);
    const bearing = ((Math.atan2(px, py) / RAD) % 360 + 360) % 360;
    const k = Math.min(n - 1, Math.floor((bearing * n) / 360));
    const { sin, cos } = trigFor(n);
    const ax = this.x(p, k, sin, n);
    const ay = this.y(p, k, cos, n);
    const ex = this.x(p, k + 1, sin, n) - ax;
    const ey = this.y(p, k + 1, cos, n) - ay;
    if (d === 0) return ax !== 0 || ay !== 0 || ex !== 0 || ey !== 0;
    // The ray t (ux, uy) meets the edge a + s e where t = (a x e) / (u x e).
    const ux = px / d;
    const uy = py / d;
    const denominator = ux * ey - uy * ex;
    const t = denominator === 0 ? Math.hypot(ax, ay) : (ax * ey - ay * ex) / denominator;
    return d <= t;
  }
}
