import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, type RefObject } from 'react';
import { REVIEW_COLORS, REVIEW_MARKS, reviewBounds, reviewFeatures, useReviewRows } from './reviewMap.ts';

export const REVIEW_LAYERS = ['review-lines', 'review-points'] as const;

const colourOf = ['match', ['get', 'mark'], ...REVIEW_MARKS.flatMap((m) => [m, REVIEW_COLORS[m]]), '#000000'] as unknown as ExpressionSpecification;

/** Adds the review's source and layers on first use, above everything: a review is what the user looks at then. */
function ensureLayers(map: MapLibreMap): GeoJSONSource {
  if (!map.getSource('review')) {
    map.addSource('review', { type: 'geojson', data: reviewFeatures([]) });
    map.addLayer({
      id: 'review-lines', type: 'line', source: 'review', filter: ['==', ['geometry-type'], 'LineString'],
      paint: { 'line-color': colourOf, 'line-width': 2.5, 'line-dasharray': [2, 1] },
    });
    map.addLayer({
      id: 'review-points', type: 'circle', source: 'review', filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': ['case', ['==', ['get', 'mark'], 'was'], 5, 7],
        // An old place is a ring: where the station was, not where it is.
        'circle-color': ['case', ['==', ['get', 'mark'], 'was'], '#ffffff', colourOf],
        'circle-stroke-color': ['case', ['==', ['get', 'mark'], 'was'], colourOf, '#ffffff'],
        'circle-stroke-width': 2,
      },
    });
  }
  return map.getSource<GeoJSONSource>('review')!;
}

/**
 * Draws the change under review (added, moved with a line from the old place, changed, removed) and frames it,
 * again after a new data set framed its own province (`data`).
 */
export function useReviewLayer(mapRef: RefObject<{ map: MapLibreMap; loaded: Promise<void> } | null>, data: unknown): void {
  const rows = useReviewRows();
  useEffect(() => {
    const current = mapRef.current;
    if (!current) return;
    void current.loaded.then(() => {
      if (mapRef.current !== current) return;
      const { map } = current;
      if (!rows && !map.getSource('review')) return;
      ensureLayers(map).setData(reviewFeatures(rows ?? []));
      for (const id of REVIEW_LAYERS) map.setLayoutProperty(id, 'visibility', rows ? 'visible' : 'none');
      const box = rows && reviewBounds(rows);
      if (box) map.fitBounds(box, { padding: 60, maxZoom: 15, duration: 0 });
    });
  }, [mapRef, rows, data]);
}
