import { bbox } from '@turf/turf';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LoadedData } from '../worker/api.ts';

export type Bounds = [west: number, south: number, east: number, north: number];

/** The box of the commune with this code, or null for an unknown code. */
export function communeBounds(data: LoadedData, code: string): Bounds | null {
  const feature = data.communes.features.find((f) => f.properties.code === code);
  if (!feature) return null;
  const [west, south, east, north] = bbox(feature);
  return [west, south, east, north];
}

/**
 * Frames `bounds` in the map, with a margin that shrinks with the map: a phone's map over a tall sheet can be
 * under 100 px high, and MapLibre refuses (with a console warning) a margin that leaves no room.
 */
export function frameBounds(map: MapLibreMap, bounds: Bounds, duration: number): void {
  // The sheet may have just opened under the map: frame in the map's new size.
  map.resize();
  const { clientWidth, clientHeight } = map.getContainer();
  const padding = Math.max(0, Math.min(40, Math.floor(Math.min(clientWidth, clientHeight) / 5)));
  map.fitBounds(bounds, { padding, duration });
}

/** Frames the commune with this code; does nothing for an unknown code. */
export function flyToCommune(map: MapLibreMap, data: LoadedData, code: string): void {
  const bounds = communeBounds(data, code);
  if (bounds) frameBounds(map, bounds, 600);
}
