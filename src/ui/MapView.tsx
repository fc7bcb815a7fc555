import { Map as MapLibreMap, NavigationControl, ScaleControl, type GeoJSONSource, type ImageSource, type VectorTileSource } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import './maplibreWorker.ts';
import './siteTileProtocol.ts';
import { useEffect, useRef } from 'react';
import { appStore, LAYER_IDS } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import type { LoadedData } from '../worker/api.ts';
import { sitesTileUrl } from '../worker/siteTileNames.ts';
import type { AppStats } from '../worker/runStats.ts';
import { useDeadZoneLayer } from './deadZones/useDeadZoneLayer.ts';
import { flyToCommune } from './flyToCommune.ts';
import { siteStationsInWorker } from './loadData.ts';
import { useWhatIfLayer } from './whatif/useWhatIfLayer.ts';
import { attachInteractions } from './mapInteractions.ts';
import { registerSnapshotMap } from './mapSnapshot.ts';
import { outlineCommune } from './outlineCommune.ts';
import { LAYER_GROUPS, offlineStyle, villageFillOpacity } from './mapStyle.ts';
import { useReviewLayer } from './server/useReviewLayer.ts';
import { highlightVillages, showVillageStats, styleVillages } from './mapStats.ts';
import { exposeMap, markDataLoaded, markStatsShown } from './testHook.ts';

/**
 * Pushes the worker's results into the map's sources and frames the province when `frame` (a new province, not the
 * same one drawn again under another radio model).
 */
function showData(map: MapLibreMap, data: LoadedData, frame: boolean) {
  (['communes', 'villages', 'fibre'] as const).forEach((id) => map.getSource<GeoJSONSource>(id)?.setData(data[id]));
  map.getSource<VectorTileSource>('sites')?.setTiles([sitesTileUrl(data.sitesVersion)]);
  const [west, south, east, north] = data.bbox;
  for (const raster of data.coverage) {
    map.getSource<ImageSource>(`coverage-${raster.tech}`)?.updateImage({
      image: new ImageData(new Uint8ClampedArray(raster.rgba.buffer as ArrayBuffer), raster.width, raster.height),
      coordinates: [[west, north], [east, north], [east, south], [west, south]],
    });
  }
  if (frame) map.fitBounds([west, south, east, north], { padding: 32, duration: 0 });
}

/** The map: created once; later renders push data, layer visibility and the basemap switch into it. */
export function MapView({ data, stats }: { data: LoadedData | null; stats: AppStats | null }) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<{ map: MapLibreMap; loaded: Promise<void> } | null>(null);
  /** The box the map was last framed on. */
  const framed = useRef<string | null>(null);
  const layers = useApp((s) => s.layers);
  const onlineBasemap = useApp((s) => s.onlineBasemap);
  const colourBy = useApp((s) => s.colourBy);
  const belowOnly = useApp((s) => s.belowOnly);
  const highlight = useApp((s) => s.highlight);
  const commune = useApp((s) => s.commune);

  useEffect(() => {
    const { layers: visible, onlineBasemap: online } = appStore.getState();
    const map = new MapLibreMap({
      container: container.current!,
      style: offlineStyle(visible, online),
      center: [106.3, 21.3],
      zoom: 8,
      attributionControl: { compact: true },
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-right');
    // 'style.load', not 'load': 'load' waits for the coverage images, which only come with the data.
    const loaded = new Promise<void>((resolve) => map.once('style.load', () => resolve()));
    const detach = attachInteractions(map, appStore, siteStationsInWorker);
    mapRef.current = { map, loaded };
    exposeMap(map);
    registerSnapshotMap(map);
    return () => {
      registerSnapshotMap(null);
      detach();
      map.remove();
      mapRef.current = null;
    };
  }, []);

  useEffect(() => {
    const current = mapRef.current;
    if (!current || !data) return;
    void current.loaded.then(() => {
      if (mapRef.current !== current) return;
      const box = data.bbox.join(',');
      showData(current.map, data, framed.current !== box);
      framed.current = box;
      markDataLoaded(current.map, data.coverage);
    });
  }, [data]);

  useEffect(() => {
    const current = mapRef.current;
    if (!current) return;
    void current.loaded.then(() => {
      const { map } = current;
      if (mapRef.current !== current) return;
      for (const id of LAYER_IDS) {
        for (const layer of LAYER_GROUPS[id]) map.setLayoutProperty(layer, 'visibility', layers[id] ? 'visible' : 'none');
      }
      map.setLayoutProperty('osm', 'visibility', onlineBasemap ? 'visible' : 'none');
      map.setPaintProperty('villages-fill', 'fill-opacity', villageFillOpacity(onlineBasemap));
    });
  }, [layers, onlineBasemap]);

  useEffect(() => {
    const current = mapRef.current;
    if (!current || !data || !stats) return;
    void current.loaded.then(() => {
      if (mapRef.current !== current) return;
      showVillageStats(current.map, data, stats);
      styleVillages(current.map, colourBy, stats.stats.thresholdPct, belowOnly);
      markStatsShown(current.map, stats.stats.thresholdPct);
    });
  }, [data, stats, colourBy, belowOnly]);

  useEffect(() => {
    const current = mapRef.current;
    if (!current || !data) return;
    void current.loaded.then(() => {
      if (mapRef.current === current) highlightVillages(current.map, data, highlight);
    });
  }, [data, stats, highlight]);

  useEffect(() => {
    const current = mapRef.current;
    if (!current || !data) return;
    void current.loaded.then(() => {
      if (mapRef.current !== current) return;
      outlineCommune(current.map, commune);
      if (commune) flyToCommune(current.map, data, commune);
    });
  }, [data, commune]);

  useDeadZoneLayer(mapRef);
  useReviewLayer(mapRef, data);
  useWhatIfLayer(mapRef, data);

  return <div ref={container} className="map" data-testid="map" />;
}
