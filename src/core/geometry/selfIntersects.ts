import Flatbush from 'flatbush';
import type { Position } from 'geojson';

/**
 * True when two edges of a polygon's rings cross or overlap, other than neighbouring edges of one ring meeting at
 * their shared vertex. Rings are closed (`[lng, lat]`, last = first). Does not mutate `rings`.
 */
export function selfIntersects(rings: readonly (readonly Position[])[]): boolean {
  return countSelfIntersections(rings, 1) > 0;
}

/**
 * The number of pairs of edges that cross or overlap (as `selfIntersects` tells them), counting no further than
 * `limit`: a repair budget needs to know whether there are more than so many, not how many more. Each edge is
 * compared only with the edges whose boxes meet its own (a flatbush index), so a ring of n edges costs about
 * n log n plus the pairs of boxes that meet, not n²: a sweep by longitude alone took 10 s for a simple comb of
 * 40,000 vertices, whose edges all overlap in longitude. Edges are numbered, not objects, because every imported
 * boundary passes through here.
 */
export function countSelfIntersections(rings: readonly (readonly Position[])[], limit: number): number {
  let count = 0;
  for (const ring of rings) count += Math.max(0, ring.length - 1);
  if (count < 3) return 0;
  // Edge e runs from a[e] to b[e]; ringOf/at/ringEdges say where it sits, to tell neighbours apart.
  const a: Position[] = new Array<Position>(count);
  const b: Position[] = new Array<Position>(count);
  const ringOf = new Int32Array(count);
  const at = new Int32Array(count);
  const ringEdges = new Int32Array(count);
  const west = new Float64Array(count);
  const east = new Float64Array(count);
  const south = new Float64Array(count);
  const north = new Float64Array(count);
  let e = 0;
  rings.forEach((ring, r) => {
    for (let i = 0; i + 1 < ring.length; i++, e++) {
      const p = ring[i]!;
      const q = ring[i + 1]!;
      a[e] = p;
      b[e] = q;
      ringOf[e] = r;
      at[e] = i;
      ringEdges[e] = ring.length - 1;
      west[e] = Math.min(p[0]!, q[0]!);
      east[e] = Math.max(p[0]!, q[0]!);
      south[e] = Math.min(p[1]!, q[1]!);
      north[e] = Math.max(p[1]!, q[1]!);
    }
  });
  const index = new Flatbush(count);
  for (let e = 0; e < count; e++) index.add(west[e]!, south[e]!, east[e]!, north[e]!);
  index.finish();
  let found = 0;
  for (let e = 0; e < count && found < limit; e++) {
    index.search(west[e]!, south[e]!, east[e]!, north[e]!, (f) => {
      if (f <= e || found >= limit) return false;
      const gap = Math.abs(at[f]! - at[e]!);
      const adjacent = ringOf[f] === ringOf[e] && (gap === 1 || gap === ringEdges[e]! - 1);
      if (adjacent ? overlapsCollinear(a[e]!, b[e]!, a[f]!, b[f]!) : segmentsTouch(a[e]!, b[e]!, a[f]!, b[f]!)) found++;
      return false;
    });
  }
  return found;
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
