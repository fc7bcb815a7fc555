import type { Fibre } from '../model.ts';
import { roundCoordinates, roundDegrees } from './roundCoordinates.ts';

/**
 * `fibre.geojson` of the input formats: routes as LineString (or MultiLineString) features with properties `id`,
 * `operator`, `kind` "route", then access points as Point features with `id`, `operator`, `kind`
 * "access_point"; `[lng, lat]` rounded to 6 decimals. Does not mutate its input.
 */
export function fibreToGeoJson(fibre: Fibre): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [
      ...fibre.routes.map((r) => ({
        type: 'Feature',
        properties: { id: r.id, operator: r.operator, kind: 'route' },
        geometry: { type: r.geometry.type, coordinates: roundCoordinates(r.geometry.coordinates) },
      })),
      ...fibre.accessPoints.map((a) => ({
        type: 'Feature',
        properties: { id: a.id, operator: a.operator, kind: 'access_point' },
        geometry: { type: 'Point', coordinates: [roundDegrees(a.lon), roundDegrees(a.lat)] },
      })),
    ],
  });
}
