import { Clipper, ClipType, FillRule, PolyTree64, type Path64, type Paths64 } from 'clipper2-ts';
import type { Position } from 'geojson';
import type { Area } from '../model.ts';
import { flatToPath64, pathToRing, polyTreeToPolygons, toPath64 } from './clipperPaths.ts';
import { clipToRectangle, toRingRuns, type RingRuns } from './clipToRectangle.ts';
import { areaPolygons } from './projectArea.ts';

/** An area's rings (outer rings and holes alike, read even-odd) ready to be cut by many cells. */
export type CellClipArea = RingRuns[];

export function prepareCellClipArea(area: Area): CellClipArea {
  return (areaPolygons(area) as Position[][][]).flat().map(toRingRuns);
}

/**
 * The part of an area inside a convex cell (a closed ring), as GeoJSON polygons (none when they do not meet).
 * Each ring of the area near the cell is first cut to a rectangle a little larger than the cell's box
 * (Sutherland-Hodgman, linear in its vertices), so the exact clipper (Clipper2, even-odd) only sees the few
 * edges near the cell: a commune of thousands of vertices costs each of its cells little. Sutherland-Hodgman
 * leaves zero-width bridges along the rectangle where a concave ring leaves and re-enters it; the margin keeps
 * them off the cell, so the exact cut drops them. Clipper2's own rectangle clip is not used: it lost a corner of
 * a hole cut by a strip.
 */
export function clipToCell(area: CellClipArea, cell: readonly Position[]): Position[][][] {
  const cellPath = toPath64(cell);
  if (cellPath.length === 0) return [];
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of cell as [number, number][]) {
    if (x < west) west = x;
    if (x > east) east = x;
    if (y < south) south = y;
    if (y > north) north = y;
  }
  const margin = 1e-6 + 0.01 * Math.max(east - west, north - south);
  [west, south, east, north] = [west - margin, south - margin, east + margin, north + margin];
  const near: Paths64 = [];
  for (const ring of area) {
    const path = flatToPath64(clipToRectangle(ring, west, south, east, north));
    if (path.length > 0) near.push(path);
  }
  if (near.length === 0) return [];
  if (near.length === 1 && isWholeRectangle(near[0]!, toPath64([[west, south], [east, south], [east, north], [west, north]]))) {
    return [[pathToRing(cellPath, true)]];
  }
  const tree = new PolyTree64();
  Clipper.booleanOpWithPolyTree(ClipType.Intersection, near, [cellPath], tree, FillRule.EvenOdd);
  return polyTreeToPolygons(tree);
}

/** Whether a cut ring is the rectangle itself: no edge of the area comes near, and the rectangle lies inside it. */
function isWholeRectangle(path: Path64, rectangle: Path64): boolean {
  return path.length === 4 && rectangle.every((corner) => path.some((p) => p.x === corner.x && p.y === corner.y));
}
