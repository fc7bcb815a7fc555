import type { Position } from 'geojson';
import type { Area } from '../model.ts';

/**
 * A point strictly inside an area, as `[lng, lat]`: the middle of the widest stretch of the largest polygon along
 * the horizontal line through its vertex-mean latitude (for a convex polygon, near its centre). Unlike a centroid
 * it never falls outside a concave shape or into a hole. Planar in degrees; does not mutate its input.
 */
export function interiorPoint(area: Area): [number, number] {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let best: Position[][] = polygons[0]!;
  let bestSize = -1;
  for (const polygon of polygons) {
    const size = bboxSize(polygon[0]!);
    if (size > bestSize) [best, bestSize] = [polygon, size];
  }
  const outer = best[0]!;
  let latSum = 0;
  for (let i = 0; i < outer.length - 1; i++) latSum += outer[i]![1]!;
  const lat = latSum / Math.max(1, outer.length - 1);

  const crossings: number[] = [];
  for (const ring of best) {
    for (let i = 0; i < ring.length - 1; i++) {
      // Indexing, not destructuring: this runs over every vertex of every imported boundary.
      const x1 = ring[i]![0]!;
      const y1 = ring[i]![1]!;
      const x2 = ring[i + 1]![0]!;
      const y2 = ring[i + 1]![1]!;
      if (y1 <= lat !== y2 <= lat) crossings.push(x1 + ((lat - y1) / (y2 - y1)) * (x2 - x1));
    }
  }
  crossings.sort((a, b) => a - b);
  let lon = outer[0]![0]!;
  let widest = -1;
  for (let i = 0; i + 1 < crossings.length; i += 2) {
    const width = crossings[i + 1]! - crossings[i]!;
    if (width > widest) [widest, lon] = [width, (crossings[i]! + crossings[i + 1]!) / 2];
  }
  return [lon, lat];
}

function bboxSize(ring: readonly Position[]): number {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of ring) {
    x0 = Math.min(x0, p[0]!);
    y0 = Math.min(y0, p[1]!);
    x1 = Math.max(x1, p[0]!);
    y1 = Math.max(y1, p[1]!);
  }
  return (x1 - x0) * (y1 - y0);
}
