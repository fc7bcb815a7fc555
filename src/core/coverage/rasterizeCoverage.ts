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
 * covered when its centre is: each row is one exact scanline of the same shapes the statistics use. Grid bounds
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
  for (let r = 0; r < height; r++) {
    const lat = latOfMercatorY(yTop - (r + 0.5) * dy);
    const frame = createLocalFrame(west, lat);
    const spans = layer.rowSpans(frame, { y0: -0.5, h: 1, n: 1 }, west, lat, east, lat);
    const base = r * width;
    for (let k = spans.start[0]!; k < spans.start[1]!; k++) {
      // Columns whose centre lon = west + (c + 0.5) * degPerCol lies in [a, b].
      const a = spans.xs[2 * k]! / frame.mPerDegLon / degPerCol - 0.5;
      const b = spans.xs[2 * k + 1]! / frame.mPerDegLon / degPerCol - 0.5;
      const c0 = Math.max(0, Math.ceil(a));
      const c1 = Math.min(width - 1, Math.floor(b));
      if (c1 >= c0) out.fill(1, base + c0, base + c1 + 1);
    }
  }
  return out;
}
