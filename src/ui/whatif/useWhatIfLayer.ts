import { circle } from '@turf/turf';
import type { FeatureCollection, Point, Polygon } from 'geojson';
import type { GeoJSONSource, VectorTileSource, Map as MapLibreMap, MapLayerMouseEvent, MapLayerTouchEvent, MapMouseEvent } from 'maplibre-gl';
import { useEffect, type RefObject } from 'react';
import type { LoadedData, MarkProps } from '../../worker/api.ts';
import { sitesTileUrl } from '../../worker/siteTileNames.ts';
import { operatorsInWorker } from '../loadData.ts';
import { editStation, formStation } from './whatIfActions.ts';
import { planMarks, useWhatIf, whatIfStore } from './whatIfState.ts';

type MapRef = RefObject<{ map: MapLibreMap; loaded: Promise<void> } | null>;

/** The edited stations' layer: dragged to move a station. */
export const EDITED_LAYER = 'whatif-edited';
const PLAN_LAYER = 'whatif-plan';
const MARK_COLORS = ['match', ['get', 'mark'], 'added', '#16a34a', 'moved', '#2563eb', '#9ca3af'];

const empty = (): FeatureCollection<Point> => ({ type: 'FeatureCollection', features: [] });

/**
 * Adds the what-if sources and layers on first use (a map never edited keeps the sites on top), with the gestures
 * of the edited stations' layer: the reach circles under the sites, the plan's dots and the edited stations' rings
 * over them (a ring is dragged).
 */
function ensureLayers(map: MapLibreMap): void {
  if (map.getSource('whatif-edited')) return;
  map.addSource('whatif-edited', { type: 'geojson', data: empty() });
  map.addSource('whatif-plan', { type: 'geojson', data: empty() });
  map.addSource('whatif-reach', { type: 'geojson', data: empty() });
  map.addLayer({ id: 'whatif-reach-fill', type: 'fill', source: 'whatif-reach', paint: { 'fill-color': '#16a34a', 'fill-opacity': 0.12 } }, 'sites');
  map.addLayer({ id: 'whatif-reach-line', type: 'line', source: 'whatif-reach', paint: { 'line-color': '#16a34a', 'line-width': 1.5, 'line-dasharray': [2, 2] } }, 'sites');
  map.addLayer({
    id: PLAN_LAYER, type: 'circle', source: 'whatif-plan',
    paint: { 'circle-radius': 7, 'circle-color': '#f59e0b', 'circle-stroke-color': '#78350f', 'circle-stroke-width': 2, 'circle-opacity': 0.85 },
  });
  map.addLayer({
    id: EDITED_LAYER, type: 'circle', source: 'whatif-edited',
    paint: {
      'circle-radius': 8, 'circle-color': '#ffffff', 'circle-opacity': 0.6,
      'circle-stroke-color': MARK_COLORS as never, 'circle-stroke-width': 3,
    },
  });
  attachDrag(map);
}

/**
 * The what-if marks on the map and their gestures: edited and added stations ringed (green added, blue moved,
 * grey where a removed one stood) and draggable to move them; the plan's proposed stations in amber; in the
 * "add" click mode a click places the form's station. The site tiles follow each edit's `sitesVersion`.
 */
export function useWhatIfLayer(mapRef: MapRef, data: LoadedData | null): void {
  const scenario = useWhatIf((s) => s.scenario);
  const plan = useWhatIf((s) => s.plan);
  const sitesVersion = useWhatIf((s) => s.sitesVersion);

  useEffect(() => {
    if (!data) return;
    whatIfStore.getState().setScenario(data.scenario);
    whatIfStore.getState().setPlan(null);
    let stale = false;
    void operatorsInWorker().then((operators) => {
      if (!stale) whatIfStore.getState().setOperators(operators);
    });
    return () => {
      stale = true;
    };
  }, [data]);

  useEffect(() => {
    const current = mapRef.current;
    if (!current) return;
    void current.loaded.then(() => {
      if (mapRef.current !== current || (!scenario && !plan && !current.map.getSource('whatif-edited'))) return;
      ensureLayers(current.map);
      current.map.getSource<GeoJSONSource>('whatif-edited')!.setData(scenario?.marks ?? empty());
      current.map.getSource<GeoJSONSource>('whatif-reach')!.setData(reachCircles(scenario?.marks ?? null));
      current.map.getSource<GeoJSONSource>('whatif-plan')!.setData(planMarks(plan));
    });
  }, [mapRef, scenario, plan]);

  useEffect(() => {
    const current = mapRef.current;
    if (!current || sitesVersion === null) return;
    void current.loaded.then(() => {
      if (mapRef.current === current) current.map.getSource<VectorTileSource>('sites')?.setTiles([sitesTileUrl(sitesVersion)]);
    });
  }, [mapRef, sitesVersion]);

  useEffect(() => {
    const current = mapRef.current;
    if (!current) return;
    const click = (e: MapMouseEvent) => {
      const { clickMode, form, busy } = whatIfStore.getState();
      if (clickMode !== 'add' || busy || form.techs.length === 0 || !form.operator.trim()) return;
      void editStation({ kind: 'add', station: formStation(form, e.lngLat.lng, e.lngLat.lat) });
    };
    const subscription = current.map.on('click', click);
    return () => subscription.unsubscribe();
  }, [mapRef]);
}

/**
 * How far each edited station reaches, as a circle: the coverage picture under it is the data's as loaded, and
 * redrawing it for every edit would cost seconds where the figures take milliseconds.
 */
function reachCircles(marks: FeatureCollection<Point, MarkProps> | null): FeatureCollection<Polygon> {
  const features = (marks?.features ?? []).filter((f) => f.properties.reachM > 0)
    .map((f) => circle(f.geometry.coordinates, f.properties.reachM / 1000, { steps: 48, units: 'kilometers' }));
  return { type: 'FeatureCollection', features };
}

/** Drag-to-move of the edited stations' rings, for as long as the map lives. */
function attachDrag(map: MapLibreMap): void {
  let dragging: { key: string; moved: boolean } | null = null;
  const source = () => map.getSource<GeoJSONSource>('whatif-edited')!;
  const marks = () => whatIfStore.getState().scenario?.marks ?? null;

  const start = (e: MapLayerMouseEvent | MapLayerTouchEvent) => {
    const hit = e.features?.[0];
    const props = hit?.properties as MarkProps | undefined;
    if (!props || props.mark === 'removed' || whatIfStore.getState().busy) return;
    if ('points' in e && e.points.length !== 1) return;
    // Keeps the map from panning while the station is dragged.
    e.preventDefault();
    dragging = { key: props.key, moved: false };
    map.getCanvas().style.cursor = 'grabbing';
  };
  const move = (e: MapMouseEvent | MapLayerTouchEvent) => {
    if (!dragging) return;
    const all = marks();
    if (!all) return;
    const coordinates: [number, number] = [e.lngLat.lng, e.lngLat.lat];
    dragging.moved = true;
    source().setData({ ...all, features: all.features.map((f) => (f.properties.key === dragging!.key ? { ...f, geometry: { type: 'Point', coordinates } } : f)) });
  };
  const end = (e: MapMouseEvent | MapLayerTouchEvent) => {
    if (!dragging) return;
    const { key, moved } = dragging;
    dragging = null;
    map.getCanvas().style.cursor = '';
    if (moved) void editStation({ kind: 'move', key, lon: e.lngLat.lng, lat: e.lngLat.lat });
  };
  const hover = () => {
    if (!dragging) map.getCanvas().style.cursor = 'grab';
  };
  const leave = () => {
    if (!dragging) map.getCanvas().style.cursor = '';
  };

  map.on('mousedown', EDITED_LAYER, start);
  map.on('touchstart', EDITED_LAYER, start);
  map.on('mousemove', move);
  map.on('touchmove', move);
  map.on('mouseup', end);
  map.on('touchend', end);
  map.on('mouseenter', EDITED_LAYER, hover);
  map.on('mouseleave', EDITED_LAYER, leave);
}
