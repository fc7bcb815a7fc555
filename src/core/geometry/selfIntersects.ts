import Flatbush from 'flatbush';
import type { Position } from 'geojson';

/**
 * True when two edges of a polygon's rings cross or overlap, other than neighbouring edges of one ring meeting at
 * their shared vertex. Rings are closed (`[lng, lat]`, last = first). Edges go into a Flatbush index, so this
 * is about n log n for n edges rather than n². Does not mutate `rings`.
 */
export function selfIntersects(rings: readonly (readonly Position[])[]): boolean {
  const edges: { ring: number; i: number; n: number; a: Position; b: Position }[] = [];
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++) edges.push({ ring: r, i, n: ring.length - 1, a: ring[i]!, b: ring[i + 1]! });
  });
  if (edges.length < 3) return false;
  const index = new Flatbush(edges.length);
  for (const { a, b } of edges) index.add(Math.min(a[0]!, b[0]!), Math.min(a[1]!, b[1]!), Math.max(a[0]!, b[0]!), Math.max(a[1]!, b[1]!));
  index.finish();
  for (let e = 0; e < edges.length; e++) {
    const p = edges[e]!;
    const hits = index.search(Math.min(p.a[0]!, p.b[0]!), Math.min(p.a[1]!, p.b[1]!), Math.max(p.a[0]!, p.b[0]!), Math.max(p.a[1]!, p.b[1]!));
    for (const f of hits) {
      if (f <= e) continue;
      const q = edges[f]!;
      const adjacent = p.ring === q.ring && (Math.abs(p.i - q.i) === 1 || Math.abs(p.i - q.i) === p.n - 1);
      if (adjacent ? overlapsCollinear(p.a, p.b, q.a, q.b) : segmentsTouch(p.a, p.b, q.a, q.b)) return true;
    }
  }
  return false;
}

function orient(a: Position, b: Position, c: Position): number {
  const v = (b[0]! - a[0]!) * (c[1]! - a[1]!) - (b[1]! - a[1]!) * (c[0]! - a[0]!);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(a: Position, b: Position, p: Position): boolean {
  return (
    Math.min(a[0]!, b[0]!) <= p[0]! && p[0]! <= Math.max(a[0]!, b[0]!) &&
    Math.min(a[1]!, b[1]!) <= p[1]! && p[1]! <= Math.max(a[1]!, b[1]!)
  );
}

/** Whether segments ab and cd share any point (crossing, touching or overlapping). */
function segmentsTouch(a: Position, b: Position, c: Position, d: Position): boolean {
  const o1 = orient(a, b, c);
  const o2 = orient(a, b, d);
  const o3 = orient(c, d, a);
  const o4 = orient(c, d, b);
  if (o1 !== o2 && o3 !== o4) return true;
  return (
    (o1 === 0 && onSegment(a, b, c)) || (o2 === 0 && onSegment(a, b, d)) ||
    (o3 === 0 && onSegment(c, d, a)) || (o4 === 0 && onSegment(c, d, b))
  );
}

/** Neighbouring edges share a vertex by construction; they are faulty only when they fold back over each other. */
function overlapsCollinear(a: Position, b: Position, c: Position, d: Position): boolean {
  if (orient(a, b, c) !== 0 || orient(a, b, d) !== 0) return false;
  const shared = samePoint(b, c) ? b : samePoint(a, d) ? a : null;
  if (!shared) return false;
  const p = shared === b ? a : b;
  const q = shared === b ? d : c;
  // Folding back: the two far ends lie on the same side of the shared vertex.
  return (p[0]! - shared[0]!) * (q[0]! - shared[0]!) + (p[1]! - shared[1]!) * (q[1]! - shared[1]!) > 0;
}

function samePoint(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
