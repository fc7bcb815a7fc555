import type { Village } from '../model.ts';
import { roundCoordinates } from './roundCoordinates.ts';

/**
 * `villages.geojson` of the input formats: a FeatureCollection with properties `village_id`, `name`,
 * `commune_id`, `population`, `households`, `fibre` (1 or 0, null where unknown); boundaries or centre points, `[lng, lat]` rounded
 * to 6 decimals. Does not mutate its input.
 */
export function villagesToGeoJson(villages: readonly Village[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: villages.map((v) => ({
      type: 'Feature',
      properties: {
        village_id: v.id,
        name: v.name,
        commune_id: v.communeCode,
        population: v.population,
        households: v.households,
        fibre: v.fibre === null ? null : v.fibre ? 1 : 0,
      },
      geometry: { type: v.geometry.type, coordinates: roundCoordinates(v.geometry.coordinates) },
    })),
  });
}
