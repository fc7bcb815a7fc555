import type { Position } from 'geojson';

/**
 * The even-odd area of closed rings in their own planar units, by horizontal slabs: between two heights where a
 * vertex or a crossing lies, the inside length changes linearly, so its value at the slab's middle times the
 * slab's height is exact. Edges are compared pairwise where their heights overlap: an oracle for tests,
 * independent of any clipper, not fast.
 */
export function evenOddArea(rings: readonly (readonly Position[])[]): number {
  const list: number[][] = [];
  for (const ring of rings) {
    for (let i = 0; i + 1 < ring.length; i++) {
      const [x1, y1] = ring[i] as [number, number];
      const [x2, y2] = ring[i + 1] as [number, number];
      if (y1 !== y2) list.push(y1 < y2 ? [x1, y1, x2, y2] : [x2, y2, x1, y1]);
    }
  }
  list.sort((a, b) => a[1]! - b[1]!);
  const n = list.length;
  const [ax, ay, bx, by] = [0, 1, 2, 3].map((k) => Float64Array.from(list, (e) => e[k]!)) as [Float64Array, Float64Array, Float64Array, Float64Array];

  const heights = new Set<number>();
  for (let i = 0; i < n; i++) heights.add(ay[i]!).add(by[i]!);
  for (let i = 0; i < n; i++) {
    // Edges are sorted by their low end: once one starts above edge i's top, none after it can cross edge i.
    for (let j = i + 1; j < n && ay[j]! < by[i]!; j++) {
      const d = (bx[i]! - ax[i]!) * (by[j]! - ay[j]!) - (by[i]! - ay[i]!) * (bx[j]! - ax[j]!);
      if (d === 0) continue;
      const t = ((ax[j]! - ax[i]!) * (by[j]! - ay[j]!) - (ay[j]! - ay[i]!) * (bx[j]! - ax[j]!)) / d;
      const u = ((ax[j]! - ax[i]!) * (by[i]! - ay[i]!) - (ay[j]! - ay[i]!) * (bx[i]! - ax[i]!)) / d;
      if (t > 0 && t < 1 && u > 0 && u < 1) heights.add(ay[i]! + t * (by[i]! - ay[i]!));
    }
  }

  const ys = Float64Array.from(heights).sort();
  let area = 0;
  let next = 0;
  let active: number[] = [];
  for (let k = 0; k + 1 < ys.length; k++) {
    const mid = (ys[k]! + ys[k + 1]!) / 2;
    while (next < n && ay[next]! < mid) active.push(next++);
    active = active.filter((e) => by[e]! > mid);
    const xs = Float64Array.from(active, (e) => ax[e]! + ((mid - ay[e]!) / (by[e]! - ay[e]!)) * (bx[e]! - ax[e]!)).sort();
    let length = 0;
    for (let i = 0; i + 1 < xs.length; i += 2) length += xs[i + 1]! - xs[i]!;
    area += length * (ys[k + 1]! - ys[k]!);
  }
  return area;
}
