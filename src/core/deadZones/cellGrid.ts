import type { RasterGrid } from '../coverage/rasterizeCoverage.ts';
import { EARTH_RADIUS_M } from '../geometry/distance.ts';
import { METRES_PER_DEGREE } from '../geometry/localFrame.ts';

const RAD = Math.PI / 180;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
const latOfMercatorY = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

/** A raster grid (the one `rasterizeCoverage` fills) with the geometry of its cells. */
export interface CellGrid extends RasterGrid {
  /** Latitude of each row boundary, degrees, north to south: `height + 1` values. */
  rowLat: Float64Array;
  /** Latitude of each row's sample line (its middle in Mercator y, where `rasterizeCoverage` samples), degrees. */
  rowMidLat: Float64Array;
  /** Area of a cell in each row, km² (cells of one row are equal). */
  rowCellKm2: Float64Array;
  /** Longitude of column boundary `i`, degrees. */
  lonAt(i: number): number;
}

/**
 * A grid over `[west, south, east, north]` (degrees) whose cells are about `cellM` metres square at the box's
 * middle latitude: columns even in longitude, rows even in Web Mercator y, as `rasterizeCoverage` lays them.
 * Cells get larger when the box would need more than `maxCells`.
 */
export function createCellGrid(box: readonly [number, number, number, number], cellM: number, maxCells = 4_000_000): CellGrid {
  const [west, south, east, north] = box;
  const midLat = (south + north) / 2;
  const widthM = (east - west) * METRES_PER_DEGREE * Math.cos(midLat * RAD);
  // Metres per unit of Mercator y at the middle latitude: R cos(lat).
  const heightM = (mercatorY(north) - mercatorY(south)) * EARTH_RADIUS_M * Math.cos(midLat * RAD);
  const size = Math.max(cellM, Math.sqrt((widthM * heightM) / maxCells));
  const width = Math.max(1, Math.round(widthM / size));
  const height = Math.max(1, Math.round(heightM / size));
  const yTop = mercatorY(north);
  const dy = (yTop - mercatorY(south)) / height;
  const degPerCol = (east - west) / width;
  const rowLat = new Float64Array(height + 1);
  for (let r = 0; r <= height; r++) rowLat[r] = latOfMercatorY(yTop - r * dy);
  const rowMidLat = new Float64Array(height);
  for (let r = 0; r < height; r++) rowMidLat[r] = latOfMercatorY(yTop - (r + 0.5) * dy);
  const rowCellKm2 = new Float64Array(height);
  for (let r = 0; r < height; r++) {
    const latMid = (rowLat[r]! + rowLat[r + 1]!) / 2;
    const w = degPerCol * METRES_PER_DEGREE * Math.cos(latMid * RAD);
    const h = (rowLat[r]! - rowLat[r + 1]!) * METRES_PER_DEGREE;
    rowCellKm2[r] = (w * h) / 1e6;
  }
  return { west, south, east, north, width, height, rowLat, rowMidLat, rowCellKm2, lonAt: (i) => west + i * degPerCol };
}
