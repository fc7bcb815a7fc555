import { InternalClipper, type Path64, type Paths64, type PolyPath64 } from 'clipper2-ts';
import type { Position } from 'geojson';

/**
 * Clipper works on integers: degrees times 1e9 (about 0.1 mm on the ground) stay exact safe integers anywhere
 * on Earth (at most 1.8e11), and the library decides orientations exactly (with BigInt where products overflow).
 */
const SCALE = 1e9;

/** A closed or open `[lng, lat]` ring as a Clipper path, cleaned (`cleanPath64`); empty when no area is left. */
export function toPath64(ring: readonly Position[]): Path64 {
  return cleanPath64(ring.map((p) => ({ x: Math.round(p[0]! * SCALE), y: Math.round(p[1]! * SCALE) })));
}

/** A ring given as `[x, y, ...]` (unclosed) as a Clipper path, cleaned (`cleanPath64`). */
export function flatToPath64(xy: readonly number[]): Path64 {
  const points: Path64 = new Array(xy.length / 2);
  for (let i = 0; i < points.length; i++) points[i] = { x: Math.round(xy[2 * i]! * SCALE), y: Math.round(xy[2 * i + 1]! * SCALE) };
  return cleanPath64(points);
}

/**
 * A path without the vertices that lie on the line through their neighbours (repeats, straight runs, spikes that
 * fold back: none bounds any area); empty when fewer than 3 are left. clipper2-ts loops forever on some paths
 * that have them, e.g. (0,0) (1,0) (2,0) (0,0) (0,2), and rounding to the grid or a rectangle cut makes them.
 * Every path given to the engine passes here. The test is the engine's own, exact.
 */
export function cleanPath64(points: Path64): Path64 {
  const path: Path64 = [];
  for (const q of points) {
    while (path.length >= 2 && InternalClipper.isCollinear(path[path.length - 2]!, path[path.length - 1]!, q)) path.pop();
    if (path.length === 1 && path[0]!.x === q.x && path[0]!.y === q.y) continue;
    path.push(q);
  }
  // The same across the seam where the path closes.
  let start = 0;
  for (let changed = true; changed && path.length - start >= 3; ) {
    const n = path.length;
    changed = true;
    if (InternalClipper.isCollinear(path[n - 2]!, path[n - 1]!, path[start]!)) path.pop();
    else if (InternalClipper.isCollinear(path[n - 1]!, path[start]!, path[start + 1]!)) start++;
    else changed = false;
  }
  return path.length - start >= 3 ? path.slice(start) : [];
}

/** Every ring of a set of polygons as one list of paths (outer rings and holes alike: read them even-odd). */
export function polygonsToPaths64(polygons: readonly (readonly (readonly Position[])[])[]): Paths64 {
  const paths: Paths64 = [];
  for (const rings of polygons) {
    for (const ring of rings) {
      const path = toPath64(ring);
      if (path.length > 0) paths.push(path);
    }
  }
  return paths;
}

/**
 * A Clipper polygon tree as GeoJSON polygons: each outer path with the holes directly inside it, rings closed,
 * outer rings counter-clockwise and holes clockwise (RFC 7946). Islands inside holes become polygons of their own.
 * Whether a path is an outer ring or a hole is read from its own orientation, not its depth in the tree: on
 * degenerate input (a ring running back over itself) clipper2-ts can hang an island under a neighbour that it
 * only touches, as if it were a hole.
 */
export function polyTreeToPolygons(tree: PolyPath64): Position[][][] {
  const polygons: Position[][][] = [];
  const add = (node: PolyPath64, owner: Position[][] | null) => {
    const path = node.poly!;
    let rings = owner;
    if (owner === null || twiceArea(path) > 0) {
      rings = [pathToRing(path, true)];
      polygons.push(rings);
    } else owner.push(pathToRing(path, false));
    for (let i = 0; i < node.count; i++) add(node.child(i), rings);
  };
  for (let i = 0; i < tree.count; i++) add(tree.child(i), null);
  return polygons;
}

/** A Clipper path as a closed `[lng, lat]` ring turned the way asked. */
export function pathToRing(path: Path64, counterClockwise: boolean): Position[] {
  const ring: Position[] = path.map((p) => [p.x / SCALE, p.y / SCALE]);
  if (twiceArea(path) > 0 !== counterClockwise) ring.reverse();
  ring.push(ring[0]!);
  return ring;
}

/** Twice the signed area of a path, positive when counter-clockwise (y up), taken about its first vertex. */
function twiceArea(path: Path64): number {
  const y0 = 2 * path[0]!.y;
  let twice = 0;
  for (let i = 0, j = path.length - 1; i < path.length; j = i++) twice += (path[j]!.x - path[i]!.x) * (path[j]!.y + path[i]!.y - y0);
  return twice;
}
