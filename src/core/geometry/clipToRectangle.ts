import type { Position } from 'geojson';

/** Scratch buffers, grown as needed and reused: a cell's cut runs over every ring near it, for every cell. */
let xs = new Float64Array(64);
let ys = new Float64Array(64);
let xt = new Float64Array(64);
let yt = new Float64Array(64);

/** Edges per run whose box a cut looks at before it looks at the run's vertices. */
const RUN = 32;

/** A closed ring with the boxes (west, south, east, north) of its runs of RUN edges, for cutting it many times. */
export interface RingRuns {
  ring: readonly Position[];
  boxes: Float64Array;
}

export function toRingRuns(ring: readonly Position[]): RingRuns {
  const edges = ring.length - 1;
  const boxes = new Float64Array(4 * Math.ceil(edges / RUN));
  for (let r = 0; r * RUN < edges; r++) {
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (let i = r * RUN; i <= Math.min((r + 1) * RUN, edges); i++) {
      const [x, y] = ring[i] as [number, number];
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
    boxes.set([west, south, east, north], 4 * r);
  }
  return { ring, boxes };
}

/**
 * Sutherland-Hodgman cut of a closed ring to an axis-aligned rectangle: the ring's part inside, as `[x, y, ...]`
 * (unclosed), with zero-width bridges along the rectangle's sides where a concave ring leaves and comes back.
 * The answer's area (even-odd) is exact. A run of edges whose box misses the rectangle is first replaced by the
 * chord from its first vertex to its last: the chord stays in that box, so what is cut away lies outside the
 * rectangle, and a cell near one end of a commune of thousands of vertices looks at a few dozen of them.
 * Planar in `[lng, lat]`. Does not mutate its input.
 */
export function clipToRectangle({ ring, boxes }: RingRuns, west: number, south: number, east: number, north: number): number[] {
  const edges = ring.length - 1;
  reserve(edges, 0);
  let n = 0;
  for (let r = 0; r * RUN < edges; r++) {
    const missed = boxes[4 * r]! > east || boxes[4 * r + 2]! < west || boxes[4 * r + 1]! > north || boxes[4 * r + 3]! < south;
    const end = missed ? r * RUN + 1 : Math.min((r + 1) * RUN, edges);
    for (let i = r * RUN; i < end; i++) {
      xs[n] = ring[i]![0]!;
      ys[n++] = ring[i]![1]!;
    }
  }
  // Each side in turn: keep what lies on the inner side of x = west, x = east, y = south, y = north.
  for (let side = 0; side < 4 && n > 0; side++) {
    // A side adds at most one vertex per edge that crosses it.
    reserve(2 * n, n);
    const vertical = side < 2;
    const bound = [west, east, south, north][side]!;
    const sign = side % 2 === 0 ? 1 : -1;
    const u = vertical ? xs : ys;
    const v = vertical ? ys : xs;
    const uOut = vertical ? xt : yt;
    const vOut = vertical ? yt : xt;
    let m = 0;
    for (let i = 0; i < n; i++) {
      const j = i + 1 === n ? 0 : i + 1;
      const di = sign * (u[i]! - bound);
      const dj = sign * (u[j]! - bound);
      if (di >= 0) {
        uOut[m] = u[i]!;
        vOut[m++] = v[i]!;
      }
      if (di >= 0 !== dj >= 0) {
        const t = di / (di - dj);
        uOut[m] = bound;
        vOut[m++] = v[i]! + t * (v[j]! - v[i]!);
      }
    }
    [xs, xt] = [xt, xs];
    [ys, yt] = [yt, ys];
    n = m;
  }
  const out: number[] = new Array<number>(2 * n);
  for (let i = 0; i < n; i++) {
    out[2 * i] = xs[i]!;
    out[2 * i + 1] = ys[i]!;
  }
  return n >= 3 ? out : [];
}

/** Room for `size` vertices in every buffer, keeping the first `keep` of the current ring. */
function reserve(size: number, keep: number): void {
  if (xs.length >= size) return;
  const grow = (a: Float64Array) => {
    const b = new Float64Array(2 * size);
    b.set(a.subarray(0, keep));
    return b;
  };
  [xs, ys, xt, yt] = [grow(xs), grow(ys), grow(xt), grow(yt)];
}
