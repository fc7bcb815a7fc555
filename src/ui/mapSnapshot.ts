import type { Map as MapLibreMap } from 'maplibre-gl';

let current: MapLibreMap | null = null;

/** Remembers the page's map so a report can take a picture of it; null forgets it. */
export function registerSnapshotMap(map: MapLibreMap | null): void {
  current = map;
}

/**
 * A PNG data URL of the map as drawn now, or null without a map. The canvas is read inside a render event because
 * WebGL clears its drawing buffer after each frame.
 */
export function snapshotMap(): Promise<string | null> {
  const map = current;
  if (!map) return Promise.resolve(null);
  return new Promise((resolve) => {
    map.once('render', () => resolve(map.getCanvas().toDataURL('image/png')));
    map.triggerRepaint();
  });
}
