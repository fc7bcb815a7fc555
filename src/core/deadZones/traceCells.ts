/** A closed ring of grid vertices `[i0, j0, i1, j1, ...]` (column, row; rows run down), first not repeated. */
export type GridRing = number[];

/**
 * The outlines of one 4-connected component (cells where `labels[cell] === label`, `width` per row), as rings
 * of grid vertices with the component on their left when north is up: outer rings counter-clockwise, holes
 * clockwise. Where two cells touch only at a corner the ring turns left, keeping them apart. Collinear
 * vertices are dropped. `cells` lists the component's cells. Does not mutate its input.
 */
export function traceCells(labels: Int32Array, width: number, height: number, label: number, cells: readonly number[]): GridRing[] {
  const inside = (c: number, r: number) => c >= 0 && r >= 0 && c < width && r < height && labels[r * width + c] === label;
  const key = (i: number, j: number) => j * (width + 1) + i;
  const from: number[] = [];
  const to: number[] = [];
  const outgoing = new Map<number, number[]>();
  const add = (i0: number, j0: number, i1: number, j1: number) => {
    const e = from.length;
    from.push(key(i0, j0));
    to.push(key(i1, j1));
    const list = outgoing.get(key(i0, j0));
    if (list) list.push(e);
    else outgoing.set(key(i0, j0), [e]);
  };
  for (const cell of cells) {
    const c = cell % width;
    const r = (cell - c) / width;
    if (!inside(c, r + 1)) add(c, r + 1, c + 1, r + 1);
    if (!inside(c + 1, r)) add(c + 1, r + 1, c + 1, r);
    if (!inside(c, r - 1)) add(c + 1, r, c, r);
    if (!inside(c - 1, r)) add(c, r, c, r + 1);
  }
  const used = new Uint8Array(from.length);
  const xy = (k: number): [number, number] => [k % (width + 1), Math.floor(k / (width + 1))];
  const rings: GridRing[] = [];
  for (let e0 = 0; e0 < from.length; e0++) {
    if (used[e0]) continue;
    const vertices: number[] = [from[e0]!];
    let e = e0;
    for (;;) {
      used[e] = 1;
      const end = to[e]!;
      if (end === from[e0]) break;
      vertices.push(end);
      const next = outgoing.get(end)!.filter((n) => !used[n]);
      e = next.length === 1 ? next[0]! : leftmost(e, next);
    }
    rings.push(dropCollinear(vertices.map(xy)));
  }
  return rings;

  function leftmost(e: number, candidates: number[]): number {
    const [ai, aj] = xy(from[e]!);
    const [bi, bj] = xy(to[e]!);
    // Left of direction (di, dj) with rows running down is (dj, -di).
    const li = bj - aj;
    const lj = -(bi - ai);
    return candidates.find((n) => {
      const [ci, cj] = xy(to[n]!);
      return ci - bi === li && cj - bj === lj;
    }) ?? candidates[0]!;
  }
}

function dropCollinear(points: [number, number][]): GridRing {
  const out: number[] = [];
  const n = points.length;
  for (let k = 0; k < n; k++) {
    const [pi, pj] = points[(k + n - 1) % n]!;
    const [ci, cj] = points[k]!;
    const [ni, nj] = points[(k + 1) % n]!;
    if ((ci - pi) * (nj - cj) - (cj - pj) * (ni - ci) !== 0) out.push(ci, cj);
  }
  return out;
}

/** Twice the signed area of a ring in grid units, positive for counter-clockwise with north up. */
export function ringArea2(ring: GridRing): number {
  let sum = 0;
  const n = ring.length / 2;
  for (let k = 0; k < n; k++) {
    const m = (k + 1) % n;
    // y = -j turns the row-down grid into north-up.
    sum += ring[2 * k]! * -ring[2 * m + 1]! - ring[2 * m]! * -ring[2 * k + 1]!;
  }
  return sum;
}

/** Whether the point `(x, y)` (grid units, not on a grid line) lies inside `ring`. */
export function ringContains(ring: GridRing, x: number, y: number): boolean {
  let inside = false;
  const n = ring.length / 2;
  for (let k = 0, m = n - 1; k < n; m = k++) {
    const xi = ring[2 * k]!;
    const yi = ring[2 * k + 1]!;
    const xj = ring[2 * m]!;
    const yj = ring[2 * m + 1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
