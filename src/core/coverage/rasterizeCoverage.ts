import { IntervalBuffer } from '../geometry/intervals.ts';
import { createLocalFrame } from '../geometry/localFrame.ts';
import type { CoverageArea, MeasuredTech, Station } from '../model.ts';
import { buildTechLayer } from './buildCoverageLayer.ts';
import type { ShapeProvider } from './shapeProvider.ts';

export interface RasterGrid {
  west: number;
  south: number;
  east: number;
  north: number;
  width: number;
  height: number;
}

const RAD = Math.PI / 180;
const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
const latOfMercatorY = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

/**
 * 1 where `tech` is covered by the shapes of `provider` (by `operator` only, if given). Rows run north to south, spaced evenly in Web
 * Mercator y so MapLibre's image source shows the raster undistorted; columns evenly in longitude. A pixel is
 * covered when its centre is: each row is one exact scanline of the same shapes the statistics use, its intervals
 * counted into the columns they cover (no merging by sorting: a raster row can meet tens of thousands of shapes). Grid bounds
 * in degrees; returns `width * height` bytes, row-major. Does not mutate its input.
 */
export function rasterizeCoverage(
  stations: readonly Station[],
  coverage: readonly CoverageArea[],
  tech: MeasuredTech,
  grid: RasterGrid,
  provider: ShapeProvider,
  operator?: string,
): Uint8Array {
  const { west, south, east, north, width, height } = grid;
  const out = new Uint8Array(width * height);
  const layer = buildTechLayer(stations, coverage, tech, provider, operator);
  const yTop = mercatorY(north);
  const dy = (yTop - mercatorY(south)) / height;
  const degPerCol = (east - west) / width;
  const intervals = new IntervalBuffer();
  // Per column, how many intervals start minus how many ended before it: covered where the running sum is positive.
  const starts = new Int32Array(width + 1);
  for (let r = 0; r < height; r++) {
    const lat = latOfMercatorY(yTop - (r + 0.5) * dy);
    const frame = createLocalFrame(west, lat);
    intervals.count = 0;
    layer.pushLineIntervals(frame, lat, west, east, intervals);
    starts.fill(0);
    for (let k = 0; k < intervals.count; k++) {
      // Columns whose centre lon = west + (c + 0.5) * degPerCol lies in [a, b].
      const c0 = Math.max(0, Math.ceil(intervals.data[2 * k]! / frame.mPerDegLon / degPerCol - 0.5));
      const c1 = Math.min(width - 1, Math.floor(intervals.data[2 * k + 1]! / frame.mPerDegLon / degPerCol - 0.5));
      if (c1 < c0) continue;
      starts[c0]!++;
      starts[c1 + 1]!--;
    }
    let open = 0;
    const base = r * width;
    for (let c = 0; c < width; c++) if ((open += starts[c]!) > 0) out[base + c] = 1;
  }
  return out;
}
