import { bbox, feature, featureCollection, intersect } from '@turf/turf';
import { Delaunay } from 'd3-delaunay';
import type { Polygon } from 'geojson';
import type { Commune, Village } from '../model.ts';

/**
 * Gives villages known only by a centre point an estimated boundary: the Voronoi cell of the point among the
 * other point villages of the same commune, clipped to the commune (a lone point village gets the whole commune).
 * Those villages get `areaEstimated: true`. Villages with a boundary, or whose commune is not in `communes`, come
 * back unchanged. Cells are computed in degrees (`[lng, lat]`), close enough at a commune's scale. Returns new
 * villages; does not mutate its input.
 */
export function estimateVillageAreas(villages: readonly Village[], communes: readonly Commune[]): Village[] {
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const groups = new Map<string, number[]>();
  villages.forEach((v, i) => {
    if (v.geometry.type !== 'Point' || !byCode.has(v.communeCode)) return;
    const list = groups.get(v.communeCode);
    if (list) list.push(i);
    else groups.set(v.communeCode, [i]);
  });
  const out = villages.slice();
  for (const [code, members] of groups) {
    const commune = byCode.get(code)!;
    const [w, s, e, n] = bbox(commune.geometry);
    const points = members.map((i) => (villages[i]!.geometry as { coordinates: number[] }).coordinates);
    const voronoi = Delaunay.from(points, (p) => p[0]!, (p) => p[1]!).voronoi([w - 1e-3, s - 1e-3, e + 1e-3, n + 1e-3]);
    members.forEach((i, k) => {
      const cell = voronoi.cellPolygon(k) as [number, number][] | null;
      const village = villages[i]!;
      if (!cell) return;
      const polygon: Polygon = { type: 'Polygon', coordinates: [cell] };
      const clipped = intersect(featureCollection([feature(polygon), feature(commune.geometry)]));
      if (!clipped) return;
      out[i] = { ...village, geometry: clipped.geometry, areaEstimated: true };
    });
  }
  return out;
}
