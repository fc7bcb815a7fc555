import { Clipper, ClipType, FillRule, PolyTree64, type Path64, type Paths64 } from 'clipper2-ts';
import type { Position } from 'geojson';
import { cleanPath64, pathToRing, polyTreeToPolygons, toPath64 } from './clipperPaths.ts';

/**
 * The part of an area inside a convex cell, as GeoJSON polygons (none when they do not meet). `area` is the
 * area's rings as Clipper paths, read even-odd (`polygonsToPaths64`), made once for the many cells of one area.
 * The area is first cut to the cell's bounding box, which is linear in its vertices, so the exact clipper only
 * sees the few edges near the cell: a commune of thousands of vertices costs each of its cells little.
 */
export function clipToCell(area: Paths64, cell: readonly Position[]): Position[][][] {
  const path = toPath64(cell);
  if (path.length === 0) return [];
  let [left, top, right, bottom] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of path) {
    if (p.x < left) left = p.x;
    if (p.x > right) right = p.x;
    if (p.y < top) top = p.y;
    if (p.y > bottom) bottom = p.y;
  }
  const near = Clipper.rectClip({ left, top, right, bottom }, area).map(cleanPath64).filter((p) => p.length > 0);
  if (near.length === 0) return [];
  if (near.length === 1 && isWholeBox(near[0]!, left, top, right, bottom)) return [[pathToRing(path, true)]];
  const tree = new PolyTree64();
  Clipper.booleanOpWithPolyTree(ClipType.Intersection, near, [path], tree, FillRule.EvenOdd);
  return polyTreeToPolygons(tree);
}

/** Whether a clipped path is the box itself: no edge of the area comes near, and the box lies inside it. */
function isWholeBox(path: Path64, left: number, top: number, right: number, bottom: number): boolean {
  return path.length === 4 && path.every((p) => (p.x === left || p.x === right) && (p.y === top || p.y === bottom));
}
