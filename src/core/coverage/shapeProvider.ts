import type { MeasuredTech, Station } from '../model.ts';

/**
 * A piece of coverage around a station: a disc, a sector of one (azimuth clockwise from north, degrees), or a
 * polygon star-shaped around the station with vertex `k` at bearing `k x 360 / n` degrees and `rangeM[k]` metres out.
 * A polygon's `rangeM` may be a buffer its provider reuses: read it before the provider's next call (the engine
 * copies it at once; a province's half a million fresh arrays cost more in garbage collection than computing them).
 */
export type ShapeSpec =
  | { kind: 'disc'; radiusM: number }
  | { kind: 'sector'; radiusM: number; azimuthDeg: number; beamwidthDeg: number }
  | { kind: 'polar'; rangeM: ArrayLike<number> };

/** How far a shape reaches from its station, metres: a polygon's farthest vertex. */
export function shapeReachM(spec: ShapeSpec): number {
  if (spec.kind !== 'polar') return spec.radiusM;
  let reach = 0;
  for (let k = 0; k < spec.rangeM.length; k++) reach = Math.max(reach, spec.rangeM[k]!);
  return reach;
}

/** The shapes of a typed radius. */
export type RadiusShapeSpec = Exclude<ShapeSpec, { kind: 'polar' }>;

/**
 * Gives the coverage of one station for one technology, as shapes centred on the station; nothing for a station
 * that does not carry `tech`. The radio model (`core/radio/radioShapeProvider.ts`) is one; a provider that
 * follows terrain can replace it.
 */
export type ShapeProvider = (station: Station, tech: MeasuredTech) => ShapeSpec[];

/**
 * The coverage of a typed radius: one sector per azimuth when azimuths and a beamwidth are given, otherwise a disc.
 */
export function radiusShapes(station: Station, radiusM: number): RadiusShapeSpec[] {
  const beamwidthDeg = station.beamwidthDeg;
  if (station.azimuths.length === 0 || beamwidthDeg === null || beamwidthDeg <= 0 || beamwidthDeg >= 360)
    return [{ kind: 'disc', radiusM }];
  return station.azimuths.map((azimuthDeg) => ({ kind: 'sector', radiusM, azimuthDeg, beamwidthDeg }));
}

/** Only the typed radii: a station without a radius for `tech` covers nothing. For tests and the radius oracle. */
export const radiusShapeProvider = (station: Station, tech: MeasuredTech): RadiusShapeSpec[] => {
  const radiusM = station.radiusM[tech];
  return station.techs.includes(tech) && radiusM !== undefined && radiusM > 0 ? radiusShapes(station, radiusM) : [];
};
