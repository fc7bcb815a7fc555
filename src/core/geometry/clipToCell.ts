import { Clipper, ClipType, FillRule, PolyTree64, type Path64, type Paths64 } from 'clipper2-ts';
import type { Position } from 'geojson';
import type { Area } from '../model.ts';
import { clipToConvex } from './clipToConvex.ts';
import { pathToRing, polyTreeToPolygons, toPath64 } from './clipperPaths.ts';
import { areaPolygons } from './projectArea.ts';

/** An area's rings (outer rings and holes alike, read even-odd) with their boxes, made once for many cells. */
export interface CellClipArea {
  rings: Position[][];
  /** west, south, east, north of each ring, in ring order. */
  boxes: Float64Array;
}

export function prepareCellClipArea(area: Area): CellClipArea {
  const rings = (areaPolygons(area) as Position[][][]).flat();
  const boxes = new Float64Array(4 * rings.length);
  rings.forEach((ring, r) => {
    let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [x, y] of ring as [number, number][]) {
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
    boxes.set([west, south, east, north], 4 * r);
  });
  return { rings, boxes };
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
  const rectangle: Position[] = [[west, south], [east, south], [east, north], [west, north], [west, south]];
  const near: Paths64 = [];
  area.rings.forEach((ring, r) => {
    const b = area.boxes;
    if (b[4 * r]! > east || b[4 * r + 2]! < west || b[4 * r + 1]! > north || b[4 * r + 3]! < south) return;
    const path = toPath64(clipToConvex(ring, rectangle));
    if (path.length > 0) near.push(path);
  });
  if (near.length === 0) return [];
  if (near.length === 1 && isWholeRectangle(near[0]!, toPath64(rectangle))) return [[pathToRing(cellPath, true)]];
  const tree = new PolyTree64();
  Clipper.booleanOpWithPolyTree(ClipType.Intersection, near, [cellPath], tree, FillRule.EvenOdd);
  return polyTreeToPolygons(tree);
}

/** Whether a cut ring is the rectangle itself: no edge of the area comes near, and the rectangle lies inside it. */
function isWholeRectangle(path: Path64, rectangle: Path64): boolean {
  return path.length === 4 && rectangle.every((corner) => path.some((p) => p.x === corner.x && p.y === corner.y));
}
