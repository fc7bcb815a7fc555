import type { FeatureCollection, MultiPolygon } from 'geojson';
import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, type RefObject } from 'react';
import type { DeadZone } from '../../core/deadZones/findDeadZones.ts';
import { useDeadZoneMap } from './deadZoneMapState.ts';

export const DEAD_ZONE_LAYERS = ['dead-zones-fill', 'dead-zones-line'] as const;
const RED = '#d7191c';

function zonesToFeatures(zones: readonly DeadZone[]): FeatureCollection<MultiPolygon> {
  return {
    type: 'FeatureCollection',
    features: zones.map((z) => ({
      type: 'Feature', geometry: z.geometry,
      properties: { id: z.id, people: Math.round(z.people), areaKm2: z.areaKm2 },
    })),
  };
}

/** Adds the dead-zone source and layers on first use, above everything but the sites (which stay clickable). */
function ensureLayers(map: MapLibreMap): GeoJSONSource {
  if (!map.getSource('dead-zones')) {
    map.addSource('dead-zones', { type: 'geojson', data: zonesToFeatures([]) });
    map.addLayer({ id: 'dead-zones-fill', type: 'fill', source: 'dead-zones', paint: { 'fill-color': RED, 'fill-opacity': 0.3 } }, 'sites');
    map.addLayer({ id: 'dead-zones-line', type: 'line', source: 'dead-zones', paint: { 'line-color': RED, 'line-width': 2 } }, 'sites');
  }
  return map.getSource<GeoJSONSource>('dead-zones')!;
}

/** Draws the dead zones of the open tab (strong red outline over a red wash) and frames a clicked zone. */
export function useDeadZoneLayer(mapRef: RefObject<{ map: MapLibreMap; loaded: Promise<void> } | null>): void {
  const zones = useDeadZoneMap((s) => s.zones);
  const focus = useDeadZoneMap((s) => s.focus);

  useEffect(() => {
    const current = mapRef.current;
    if (!current) return;
    void current.loaded.then(() => {
      if (mapRef.current !== current) return;
      const { map } = current;
      if (!zones && !map.getSource('dead-zones')) return;
      ensureLayers(map).setData(zonesToFeatures(zones ?? []));
      for (const id of DEAD_ZONE_LAYERS) map.setLayoutProperty(id, 'visibility', zones ? 'visible' : 'none');
    });
  }, [mapRef, zones]);

  useEffect(() => {
    const current = mapRef.current;
    if (!current || !focus) return;
    void current.loaded.then(() => {
      if (mapRef.current === current) current.map.fitBounds(focus.bbox, { padding: 60, maxZoom: 14, duration: 600 });
    });
  }, [mapRef, focus]);
}
