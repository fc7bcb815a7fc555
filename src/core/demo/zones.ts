import { distanceM } from '../geometry/distance.ts';

/** A circular zone of the demo: centre `[lng, lat]` in degrees, radius in km. */
export interface Zone {
  lon: number;
  lat: number;
  radiusKm: number;
}

/** Rural population density outside towns and hills, people per km². */
export const RURAL_DENSITY = 330;
/** Town density at the centre, people per km²; a town of radius r km holds about this × π r² people. */
export const TOWN_PEAK_DENSITY = 7_000;

/** How far inside a zone a point is: 1 at the centre, falling smoothly to 0 at 1.5 radii. */
export function zoneWeight(zone: Zone, lon: number, lat: number): number {
  const d = distanceM(zone.lon, zone.lat, lon, lat) / (1000 * zone.radiusKm);
  return d >= 1.5 ? 0 : d <= 0.5 ? 1 : 0.5 + 0.5 * Math.cos(Math.PI * (d - 0.5));
}

/** The strongest weight of any of the zones at a point (0 with no zones). */
export function inZones(zones: readonly Zone[], lon: number, lat: number): number {
  let w = 0;
  for (const z of zones) w = Math.max(w, zoneWeight(z, lon, lat));
  return w;
}

/** Model population density in people per km² at `[lon, lat]`: rural, thinned in hills, peaking in towns. */
export function populationDensity(towns: readonly Zone[], hills: readonly Zone[], lon: number, lat: number): number {
  let density = RURAL_DENSITY * (1 - 0.75 * inZones(hills, lon, lat));
  for (const t of towns) {
    const d = distanceM(t.lon, t.lat, lon, lat) / (1000 * t.radiusKm);
    density += TOWN_PEAK_DENSITY * Math.exp(-d * d);
  }
  return density;
}
