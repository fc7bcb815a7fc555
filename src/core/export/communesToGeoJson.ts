import type { Commune } from '../model.ts';
import { roundCoordinates } from './roundCoordinates.ts';

/**
 * `communes.geojson` of the input formats: a FeatureCollection with properties `code`, `name`, `type`
 * ("xa", "phuong", "dac_khu"), coordinates `[lng, lat]` rounded to 6 decimals. Does not mutate its input.
 */
export function communesToGeoJson(communes: readonly Commune[]): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    features: communes.map((c) => ({
      type: 'Feature',
      properties: { code: c.code, name: c.name, type: c.type },
      geometry: { type: c.geometry.type, coordinates: roundCoordinates(c.geometry.coordinates) },
    })),
  });
}
