import type { Path64, Paths64, PolyPath64 } from 'clipper2-ts';
import type { Position } from 'geojson';

/**
 * Clipper works on integers: degrees times 1e9 (about 0.1 mm on the ground) stay exact safe integers anywhere
 * on Earth (at most 1.8e11), and the library decides orientations exactly (with BigInt where products overflow).
 */
const SCALE = 1e9;

/** A closed or open `[lng, lat]` ring as a Clipper path (the closing vertex dropped). */
export function toPath64(ring: readonly Position[]): Path64 {
  const n = ring.length > 1 && ring[0]![0] === ring[ring.length - 1]![0] && ring[0]![1] === ring[ring.length - 1]![1] ? ring.length - 1 : ring.length;
  const path: Path64 = new Array(n);
  for (let i = 0; i < n; i++) path[i] = { x: Math.round(ring[i]![0]! * SCALE), y: Math.round(ring[i]![1]! * SCALE) };
  return path;
}

/** Every ring of a set of polygons as one list of paths (outer rings and holes alike: read them even-odd). */
export function polygonsToPaths64(polygons: readonly (readonly (readonly Position[])[])[]): Paths64 {
  const paths: Paths64 = [];
  for (const rings of polygons) for (const ring of rings) paths.push(toPath64(ring));
  return paths;
}

/**
 * A Clipper polygon tree as GeoJSON polygons: each outer path with the holes directly inside it, rings closed,
 * outer rings counter-clockwise and holes clockwise (RFC 7946). Islands inside holes become polygons of their own.
 */
export function polyTreeToPolygons(tree: PolyPath64): Position[][][] {
  const polygons: Position[][][] = [];
  const addOuter = (node: PolyPath64) => {
    const rings = [pathToRing(node.poly!, true)];
    for (let h = 0; h < node.count; h++) {
      const hole = node.child(h);
      rings.push(pathToRing(hole.poly!, false));
      for (let i = 0; i < hole.count; i++) addOuter(hole.child(i));
    }
    polygons.push(rings);
  };
  for (let i = 0; i < tree.count; i++) addOuter(tree.child(i));
  return polygons;
}

/** A Clipper path as a closed `[lng, lat]` ring turned the way asked. */
export function pathToRing(path: Path64, counterClockwise: boolean): Position[] {
  const ring: Position[] = path.map((p) => [p.x / SCALE, p.y / SCALE]);
  // Shoelace about the first vertex, so the products stay small and the sign exact enough.
  const y0 = 2 * path[0]!.y;
  let twice = 0;
  for (let i = 0, j = path.length - 1; i < path.length; j = i++) twice += (path[j]!.x - path[i]!.x) * (path[j]!.y + path[i]!.y - y0);
  if (twice > 0 !== counterClockwise) ring.reverse();
  ring.push(ring[0]!);
  return ring;
}
