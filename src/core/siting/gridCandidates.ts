import { createLocalFrame } from '../geometry/localFrame.ts';
import type { Box } from '../whatif/reachIndex.ts';

export interface GridPoint {
  lon: number;
  lat: number;
}

/**
 * The points of a square grid of `spacingM` metres (in the equirectangular frame about `[lon0, lat0]`) inside any
 * of `boxes` (degrees), each once, row by row from the south-west.
 */
export function gridPointsIn(boxes: readonly Box[], spacingM: number, lon0: number, lat0: number): GridPoint[] {
  const frame = createLocalFrame(lon0, lat0);
  const dLon = spacingM / frame.mPerDegLon;
  const dLat = spacingM / frame.mPerDegLat;
  const seen = new Set<string>();
  const cells: [number, number][] = [];
  for (const [w, s, e, n] of boxes)
    for (let j = Math.ceil((s - lat0) / dLat); j <= Math.floor((n - lat0) / dLat); j++)
      for (let i = Math.ceil((w - lon0) / dLon); i <= Math.floor((e - lon0) / dLon); i++) {
        const key = `${i},${j}`;
        if (seen.has(key)) continue;
        seen.add(key);
        cells.push([i, j]);
      }
  cells.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  return cells.map(([i, j]) => ({ lon: lon0 + i * dLon, lat: lat0 + j * dLat }));
}
