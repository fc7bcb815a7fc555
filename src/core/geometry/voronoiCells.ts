import { Delaunay } from 'd3-delaunay';
import type { Position } from 'geojson';

/**
 * Voronoi cells of `[lng, lat]` points, clipped to a bounding box `[west, south, east, north]` in degrees.
 * Distances are measured with longitude scaled by cos(latitude) at the box's middle, so cells are not stretched
 * east-west. Returns one closed counter-clockwise ring per point (in input order); cells of the same diagram share
 * their vertices exactly. Does not mutate its input.
 */
export function voronoiCells(points: readonly (readonly [number, number])[], bbox: readonly [number, number, number, number]): Position[][] {
  const [west, south, east, north] = bbox;
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const flat = new Float64Array(points.length * 2);
  points.forEach(([lon, lat], i) => {
    flat[2 * i] = lon * k;
    flat[2 * i + 1] = lat;
  });
  const voronoi = new Delaunay(flat).voronoi([west * k, south, east * k, north]);
  return points.map((_, i) => {
    const cell = voronoi.cellPolygon(i) as [number, number][] | null;
    // d3 walks cells clockwise on a y-down screen, which is counter-clockwise with latitude up.
    return cell ? cell.map(([x, y]): Position => [x / k, y]) : [];
  });
}
