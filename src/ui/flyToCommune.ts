import { bbox } from '@turf/turf';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { LoadedData } from '../worker/api.ts';

/** Frames the commune with this code; does nothing for an unknown code. */
export function flyToCommune(map: MapLibreMap, data: LoadedData, code: string): void {
  const feature = data.communes.features.find((f) => f.properties.code === code);
  if (!feature) return;
  const [west, south, east, north] = bbox(feature);
  // On a phone the sheet may have just opened under the map: frame the commune in the map's new size.
  map.resize();
  map.fitBounds([west, south, east, north], { padding: 40, duration: 600 });
}
