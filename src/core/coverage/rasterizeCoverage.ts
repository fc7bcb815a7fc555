import { distanceM } from '../geometry/distance.ts';
import type { CoverageArea, MeasuredTech, Station } from '../model.ts';

export interface RasterGrid { west: number; south: number; east: number; north: number; width: number; height: number }

const DEFAULT_RADIUS_M: Record<MeasuredTech, number> = { '4G': 3000, '5G': 1000, '6G': 300 };

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360));
const latitude = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(y)) - 90;

/** 1 where `tech` is covered (by `operator` only, if given). Rows run north to south, spaced evenly in Web
 *  Mercator y so MapLibre's image source shows the raster undistorted; columns evenly in longitude.
 *  Stand-in: discs of `station.radiusM[tech]` (a default where missing) tested at pixel centres; ignores sector
 *  wedges and reported coverage areas. Does not mutate its input. */
export function rasterizeCoverage(stations: readonly Station[], _coverage: readonly CoverageArea[],
  tech: MeasuredTech, grid: RasterGrid, operator?: string): Uint8Array {
  const mask = new Uint8Array(grid.width * grid.height);
  const used = stations.filter((s) => s.techs.includes(tech) && (operator === undefined || s.operator === operator));
  const yNorth = mercatorY(grid.north);
  const ySouth = mercatorY(grid.south);
  for (let row = 0; row < grid.height; row++) {
    const lat = latitude(yNorth + ((row + 0.5) / grid.height) * (ySouth - yNorth));
    for (let col = 0; col < grid.width; col++) {
      const lon = grid.west + ((col + 0.5) / grid.width) * (grid.east - grid.west);
      for (const s of used) {
        if (distanceM(lon, lat, s.lon, s.lat) <= (s.radiusM[tech] ?? DEFAULT_RADIUS_M[tech])) {
          mask[row * grid.width + col] = 1;
          break;
        }
      }
    }
  }
  return mask;
}
