import type { Position } from 'geojson';
import { clipToCell, prepareCellClipArea } from '../geometry/clipToCell.ts';
import { areaPolygons } from '../geometry/projectArea.ts';
import { voronoiCells } from '../geometry/voronoiCells.ts';
import type { Area, Commune, Village } from '../model.ts';

export interface EstimateVillageAreasOptions {
  /** Called with point villages done and in all (at the start, then up to about 100 times), for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Gives villages known only by a centre point an estimated boundary: the Voronoi cell of the point among the
 * other point villages of the same commune, clipped to the commune, with `areaEstimated: true`. Distances are
 * measured with longitude scaled by cos(latitude), so cells are not stretched east-west.
 * - A commune's only point village gets the whole commune, wherever its point lies.
 * - Villages at the same point (to 1e-9°) share one cell (each gets it): the data cannot tell their shares apart.
 * - A point outside its commune still takes the part of the commune nearer to it than to the other villages;
 *   where no part is (the point lies far out), the village keeps its point.
 * - Villages naming a commune not in `communes`, and villages that have a boundary, come back unchanged.
 * Villages with a boundary do not take part in the cells. Returns new villages in input order; does not mutate
 * its input.
 */
export function estimateVillageAreas(villages: readonly Village[], communes: readonly Commune[], options: EstimateVillageAreasOptions = {}): Village[] {
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const groups = new Map<string, number[]>();
  villages.forEach((v, i) => {
    if (v.geometry.type !== 'Point' || !byCode.has(v.communeCode)) return;
    const list = groups.get(v.communeCode);
    if (list) list.push(i);
    else groups.set(v.communeCode, [i]);
  });
  const total = [...groups.values()].reduce((n, members) => n + members.length, 0);
  const step = Math.max(1, Math.ceil(total / 100));
  let done = 0;
  let reported = 0;
  options.onProgress?.(0, total);

  const out = villages.slice();
  for (const [code, members] of groups) {
    const commune = byCode.get(code)!;
    const sites: [number, number][] = [];
    const siteIndex = new Map<string, number>();
    const siteOf = members.map((i) => {
      const [lon, lat] = (villages[i]!.geometry as { coordinates: number[] }).coordinates as [number, number];
      // Boundaries are kept to 1e-9° (0.1 mm, see clipperPaths): points closer than that are one point.
      const key = `${Math.round(lon * 1e9)},${Math.round(lat * 1e9)}`;
      let s = siteIndex.get(key);
      if (s === undefined) {
        s = sites.push([lon, lat]) - 1;
        siteIndex.set(key, s);
      }
      return s;
    });
    const cells = sites.length === 1 ? [commune.geometry] : cellsInCommune(sites, commune.geometry);
    members.forEach((i, k) => {
      const cell = cells[siteOf[k]!];
      if (cell) out[i] = { ...villages[i]!, geometry: cell, areaEstimated: true };
    });
    done += members.length;
    if (done - reported >= step || done === total) {
      reported = done;
      options.onProgress?.(done, total);
    }
  }
  return out;
}

/** Each site's Voronoi cell cut to the area, or null where the cell misses it. */
function cellsInCommune(sites: [number, number][], area: Area): (Area | null)[] {
  const polygons = areaPolygons(area) as Position[][][];
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polygons) {
    for (const p of rings[0] ?? []) {
      west = Math.min(west, p[0]!);
      east = Math.max(east, p[0]!);
      south = Math.min(south, p[1]!);
      north = Math.max(north, p[1]!);
    }
  }
  // The cells tile this box, so their cuts tile the area; sites outside it still get their share of the area.
  const pad = 1e-3 + 0.01 * Math.max(east - west, north - south);
  const cells = voronoiCells(sites, [west - pad, south - pad, east + pad, north + pad]);
  const prepared = prepareCellClipArea(area);
  return cells.map((cell) => {
    if (cell.length < 4) return null;
    const pieces = clipToCell(prepared, cell);
    if (pieces.length === 0) return null;
    return pieces.length === 1 ? { type: 'Polygon', coordinates: pieces[0]! } : { type: 'MultiPolygon', coordinates: pieces };
  });
}
