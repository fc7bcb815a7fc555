import type { MeasuredTech, Station } from '../model.ts';

/**
 * Radius (metres) a station covers for a technology when the data gives none. Typical urban-to-rural cell
 * ranges in the Vietnamese bands: 4G on 1800 MHz, 5G on 3.5 GHz (n78), 6G assumed on the 7-8 GHz (FR3) band.
 */
export const DEFAULT_RADIUS_M: Readonly<Record<MeasuredTech, number>> = { '4G': 2000, '5G': 600, '6G': 250 };

/** A piece of coverage around a station: a disc, or a sector of one (azimuth clockwise from north, degrees). */
export type ShapeSpec =
  | { kind: 'disc'; radiusM: number }
  | { kind: 'sector'; radiusM: number; azimuthDeg: number; beamwidthDeg: number };

/**
 * Gives the coverage of one station for one technology, as shapes centred on the station. This is the seam for
 * a radio propagation model: a provider that accounts for terrain and height can replace the default one.
 */
export type ShapeProvider = (station: Station, tech: MeasuredTech) => ShapeSpec[];

/**
 * The default provider: the station's radius for the technology (else `DEFAULT_RADIUS_M`), as one sector per
 * azimuth when azimuths and a beamwidth are given, otherwise as a disc. Returns nothing for a station that
 * does not carry `tech`.
 */
export const defaultShapeProvider: ShapeProvider = (station, tech) => {
  if (!station.techs.includes(tech)) return [];
  const given = station.radiusM[tech];
  const radiusM = given !== undefined && given > 0 ? given : DEFAULT_RADIUS_M[tech];
  const beamwidthDeg = station.beamwidthDeg;
  if (station.azimuths.length === 0 || beamwidthDeg === null || beamwidthDeg <= 0 || beamwidthDeg >= 360)
    return [{ kind: 'disc', radiusM }];
  return station.azimuths.map((azimuthDeg) => ({ kind: 'sector', radiusM, azimuthDeg, beamwidthDeg }));
};
