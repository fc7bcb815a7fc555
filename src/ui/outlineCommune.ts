import type { Map as MapLibreMap } from 'maplibre-gl';

const LAYER = 'commune-outline';
export const OUTLINE_COLOR = '#be123c';

/** Outlines the commune with this code on the map (a layer over the communes source, under the sites); null clears the outline. */
export function outlineCommune(map: MapLibreMap, code: string | null): void {
  if (!map.getLayer(LAYER)) {
    map.addLayer({
      id: LAYER, type: 'line', source: 'communes',
      paint: { 'line-color': OUTLINE_COLOR, 'line-width': 3.5 },
      filter: ['==', ['get', 'code'], ''],
    }, 'sites');
  }
  map.setFilter(LAYER, ['==', ['get', 'code'], code ?? '']);
}
