import { Delaunay } from 'd3-delaunay';
import type { Position } from 'geojson';
import { clipToConvex } from './clipToConvex.ts';

/** Metres per degree of latitude: d3 works in metres (see below). */
const M_PER_DEG = 111_320;

/**
 * Voronoi cells of `[lng, lat]` points, clipped to a bounding box `[west, south, east, north]` in degrees.
 * Distances are measured with longitude scaled by cos(latitude) at the box's middle, so cells are not stretched
 * east-west. d3 works in metres from the box's centre: it takes a triangle of twice-area under 1e-9 for a line,
 * which in degrees left two of three villages 60 cm apart (and 30 m from the third) with no cell. Points all on
 * one line get strips between the perpendicular bisectors of neighbours, computed here: d3 jitters such points
 * and its cells came out up to 190 m off. Returns one closed counter-clockwise ring per point (in input order;
 * empty for a point that repeats another); cells of the same diagram share their vertices. Does not mutate its
 * input.
 */
export function voronoiCells(points: readonly (readonly [number, number])[], bbox: readonly [number, number, number, number]): Position[][] {
  const [west, south, east, north] = bbox;
  const [lon0, lat0] = [(west + east) / 2, (south + north) / 2];
  const kx = Math.cos((lat0 * Math.PI) / 180) * M_PER_DEG;
  const flat = new Float64Array(points.length * 2);
  points.forEach(([lon, lat], i) => {
    flat[2 * i] = (lon - lon0) * kx;
    flat[2 * i + 1] = (lat - lat0) * M_PER_DEG;
  });
  const box: [number, number, number, number] = [(west - lon0) * kx, (south - lat0) * M_PER_DEG, (east - lon0) * kx, (north - lat0) * M_PER_DEG];
  const toLonLat = (ring: readonly (readonly number[])[]) => ring.map(([x, y]): Position => [lon0 + x! / kx, lat0 + y! / M_PER_DEG]);
  // d3 moves the points it finds collinear, so it gets a copy.
  const delaunay = new Delaunay(flat.slice());
  if ((delaunay as { collinear?: Int32Array }).collinear) return strips(flat, box).map(toLonLat);
  const voronoi = delaunay.voronoi(box);
  return points.map((_, i) => {
    const cell = voronoi.cellPolygon(i) as [number, number][] | null;
    // d3 walks cells clockwise on a y-down screen, which is counter-clockwise with latitude up.
    return cell ? toLonLat(cell) : [];
  });
}

/** Cells of collinear points (flat `[x, y, ...]`): the box cut by the bisectors of neighbours along the line. */
function strips(flat: Float64Array, [west, south, east, north]: [number, number, number, number]): Position[][] {
  const n = flat.length / 2;
  const order = Array.from({ length: n }, (_, i) => i).sort((i, j) => flat[2 * i]! - flat[2 * j]! || flat[2 * i + 1]! - flat[2 * j + 1]!);
  const [first, last] = [order[0]!, order[n - 1]!];
  const [ox, oy] = [flat[2 * first]!, flat[2 * first + 1]!];
  const length = Math.hypot(flat[2 * last]! - ox, flat[2 * last + 1]! - oy);
  const [ux, uy] = [(flat[2 * last]! - ox) / length, (flat[2 * last + 1]! - oy) / length];
  const along = order.map((i) => (flat[2 * i]! - ox) * ux + (flat[2 * i + 1]! - oy) * uy);
  // Far enough to reach past the box from anywhere on the line inside it.
  const far = 4 * (Math.hypot(east - west, north - south) + Math.hypot(west - ox, south - oy) + length);
  const boxRing: Position[] = [[west, south], [east, south], [east, north], [west, north], [west, south]];
  const at = (t: number, s: number): Position => [ox + t * ux - s * uy, oy + t * uy + s * ux];
  const cells: Position[][] = new Array<Position[]>(n);
  order.forEach((i, k) => {
    const lo = k === 0 ? -far : (along[k - 1]! + along[k]!) / 2;
    const hi = k === n - 1 ? far : (along[k]! + along[k + 1]!) / 2;
    cells[i] = hi > lo ? clipToConvex(boxRing, [at(lo, -far), at(hi, -far), at(hi, far), at(lo, far), at(lo, -far)]) : [];
  });
  return cells;
}
