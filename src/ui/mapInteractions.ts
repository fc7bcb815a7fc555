import { Popup, type Map as MapLibreMap, type MapGeoJSONFeature, type MapMouseEvent } from 'maplibre-gl';
import type { RadioModel } from '../core/radio/radioModel.ts';
import type { StationDetail } from '../core/radio/stationDetail.ts';
import type { AppStore, Selection } from '../store/appStore.ts';
import { dictionary } from './i18n/dictionary.ts';
import { popupElement } from './popupElement.ts';
import { popupRows } from './popupRows.ts';
import { siteActions } from './whatif/siteActions.ts';
import { whatIfStore } from './whatif/whatIfState.ts';

const PICKABLE: Array<{ layer: string; kind: Selection['kind'] }> = [
  { layer: 'sites', kind: 'site' },
  { layer: 'villages-fill', kind: 'village' },
];

/** The topmost site or village under the mouse (sites win: they sit on villages). */
function pick(map: MapLibreMap, event: MapMouseEvent): { feature: MapGeoJSONFeature; kind: Selection['kind'] } | null {
  const layers = PICKABLE.map((p) => p.layer).filter((id) => map.getLayoutProperty(id, 'visibility') !== 'none');
  if (!layers.length) return null;
  const box: [[number, number], [number, number]] = [[event.point.x - 4, event.point.y - 4], [event.point.x + 4, event.point.y + 4]];
  for (const { layer, kind } of PICKABLE) {
    if (!layers.includes(layer)) continue;
    const query = kind === 'site' ? box : event.point;
    const feature = map.queryRenderedFeatures(query, { layers: [layer] })[0];
    if (feature) return { feature, kind };
  }
  return null;
}

/**
 * Hover tooltips (name), hover highlight (feature state) and click popups (from the store's selection) for villages
 * and sites. A site's popup shows its stations once `describeSite` (the worker, under the store's radio model) has
 * described them, and again when the model changes. Returns a function that detaches everything.
 */
export function attachInteractions(
  map: MapLibreMap, store: AppStore, describeSite?: (siteId: string, radio: RadioModel) => Promise<StationDetail[]>,
): () => void {
  const tooltip = new Popup({ closeButton: false, closeOnClick: false, className: 'tooltip', offset: 10 });
  const popup = new Popup({ closeButton: true, closeOnClick: false, className: 'feature-popup', maxWidth: '280px' });
  let hovered: { source: string; sourceLayer?: string; id: string | number } | null = null;
  /** The stations of the selected site, as last described, and the selection and model they were described for. */
  let described: { selection: Selection; radio: RadioModel; stations: StationDetail[] } | null = null;

  const setHover = (next: typeof hovered) => {
    if (hovered) map.setFeatureState(hovered, { hover: false });
    hovered = next;
    if (hovered) map.setFeatureState(hovered, { hover: true });
  };

  const onMove = (event: MapMouseEvent) => {
    const hit = pick(map, event);
    if (!hit || hit.feature.id === undefined) {
      setHover(null);
      tooltip.remove();
      map.getCanvas().style.cursor = '';
      return;
    }
    // Sites come as vector tiles, whose feature state is kept per source layer.
    const { source, sourceLayer, id } = hit.feature;
    setHover(sourceLayer ? { source, sourceLayer, id } : { source, id });
    map.getCanvas().style.cursor = 'pointer';
    const t = dictionary(store.getState().language);
    const p = hit.feature.properties;
    tooltip.setLngLat(event.lngLat).setText(hit.kind === 'site' ? `${t.site} ${p.id} · ${p.operators}` : String(p.name)).addTo(map);
  };
  const onLeave = () => {
    setHover(null);
    tooltip.remove();
  };
  const onClick = (event: MapMouseEvent) => {
    // In the what-if "add" mode a click places a station (`useWhatIfLayer`), it does not select.
    if (whatIfStore.getState().clickMode !== 'select') return;
    const hit = pick(map, event);
    store.getState().select(hit ? { kind: hit.kind, properties: { ...hit.feature.properties }, lngLat: [event.lngLat.lng, event.lngLat.lat] } : null);
  };
  const onPopupClose = () => {
    if (store.getState().selection) store.getState().select(null);
  };

  const showSelection = () => {
    const { selection, language, fibre, radioModel } = store.getState();
    if (!selection) {
      popup.off('close', onPopupClose);
      popup.remove();
      return;
    }
    tooltip.remove();
    const stations = described?.selection === selection && described.radio === radioModel ? described.stations : undefined;
    const content = popupElement(popupRows(selection, dictionary(language), fibre?.source, stations));
    if (selection.kind === 'site') content.append(siteActions(selection, language, whatIfStore.getState().operators));
    popup.setLngLat(selection.lngLat).setDOMContent(content);
    if (!popup.isOpen()) {
      popup.addTo(map);
      popup.on('close', onPopupClose);
    }
  };
  const describe = () => {
    const { selection, radioModel } = store.getState();
    if (!describeSite || selection?.kind !== 'site') return;
    describeSite(String(selection.properties.id), radioModel).then(
      (stations) => {
        const now = store.getState();
        if (now.selection !== selection || now.radioModel !== radioModel) return;
        described = { selection, radio: radioModel, stations };
        showSelection();
      },
      (error: unknown) => console.error(error),
    );
  };
  const unsubscribe = store.subscribe((state, previous) => {
    const modelChanged = state.radioModel !== previous.radioModel;
    if (state.selection !== previous.selection || state.language !== previous.language || (modelChanged && state.selection)) showSelection();
    if (state.selection !== previous.selection || modelChanged) describe();
  });
  // The site an edit changed is no longer the one the popup describes.
  const unsubscribeEdits = whatIfStore.subscribe((state, previous) => {
    if (state.scenario !== previous.scenario && store.getState().selection?.kind === 'site') store.getState().select(null);
  });

  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  return () => {
    unsubscribe();
    unsubscribeEdits();
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
    tooltip.remove();
    popup.remove();
  };
}
