import { EARTH_RADIUS_M } from './distance.ts';

const M_PER_DEG = (EARTH_RADIUS_M * Math.PI) / 180;

/**
 * An equirectangular projection about one point, in metres: x east, y north. Over a village or a raster row
 * (a few km) its scale error is below 0.1%, and percentages, being ratios, are even less affected.
 */
export interface LocalFrame {
  lon0: number;
  lat0: number;
  /** Metres per degree of longitude at `lat0`. */
  mPerDegLon: number;
  /** Metres per degree of latitude. */
  mPerDegLat: number;
}

/** A frame centred on `[lon0, lat0]` (degrees). */
export function createLocalFrame(lon0: number, lat0: number): LocalFrame {
  return { lon0, lat0, mPerDegLon: M_PER_DEG * Math.cos((lat0 * Math.PI) / 180), mPerDegLat: M_PER_DEG };
}

/** Metres per degree of latitude on the mean Earth sphere. */
export const METRES_PER_DEGREE = M_PER_DEG;
