import type { Polygon } from 'geojson';

/** Longest quadkey Bing Maps tiles use (zoom 23). */
export const MAX_QUADKEY_LENGTH = 23;

/** The tile of a quadkey: its zoom (the key's length) and x, y in the Web Mercator tile grid; null when not a quadkey. */
export function quadkeyToTile(quadkey: string): { x: number; y: number; z: number } | null {
  const z = quadkey.length;
  if (z === 0 || z > MAX_QUADKEY_LENGTH) return null;
  let x = 0;
  let y = 0;
  for (let i = 0; i < z; i++) {
    const digit = quadkey.charCodeAt(i) - 48;
    if (digit < 0 || digit > 3) return null;
    x = x * 2 + (digit & 1);
    y = y * 2 + (digit >> 1);
  }
  return { x, y, z };
}

/** Longitude of the west edge of tile column `x` at zoom `z`, degrees. */
function tileLon(x: number, z: number): number {
  return (x / 2 ** z) * 360 - 180;
}

/** Latitude of the north edge of tile row `y` at zoom `z`, degrees (inverse Web Mercator). */
function tileLat(y: number, z: number): number {
  const n = Math.PI - (2 * Math.PI * y) / 2 ** z;
  return (180 / Math.PI) * Math.atan(Math.sinh(n));
}

/** The tile's outline as a WGS84 polygon (counter-clockwise, closed) and its bounds, or null when not a quadkey. */
export function quadkeyToPolygon(quadkey: string): { polygon: Polygon; west: number; south: number; east: number; north: number } | null {
  const tile = quadkeyToTile(quadkey);
  if (!tile) return null;
  const { x, y, z } = tile;
  const west = tileLon(x, z);
  const east = tileLon(x + 1, z);
  const north = tileLat(y, z);
  const south = tileLat(y + 1, z);
  const polygon: Polygon = { type: 'Polygon', coordinates: [[[west, south], [east, south], [east, north], [west, north], [west, south]]] };
  return { polygon, west, south, east, north };
}
