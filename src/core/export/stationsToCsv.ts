import Papa from 'papaparse';
import type { Station } from '../model.ts';
import { roundDegrees } from './roundCoordinates.ts';

/** Columns of `stations.csv`, in order. */
export const STATION_COLUMNS = [
  'station_id',
  'operator',
  'lat',
  'lon',
  'tech',
  'tower_id',
  'height_m',
  'radius_4g_m',
  'radius_5g_m',
  'radius_6g_m',
  'azimuths',
  'beamwidth_deg',
  'band',
  'eirp_4g_dbm',
  'eirp_5g_dbm',
  'eirp_6g_dbm',
  'environment',
] as const;

/**
 * `stations.csv` of the input formats: one row per station with `STATION_COLUMNS`; lists (`tech` "4G;5G",
 * `azimuths` "0;120;240") joined with ";", unknown values as empty cells, lat/lon in degrees to 6 decimals,
 * heights and radii in metres, EIRP in dBm. Quoted by PapaParse where a value needs it; "\n" line ends. Does not mutate its input.
 */
export function stationsToCsv(stations: readonly Station[]): string {
  const data = stations.map((s) => [
    s.id,
    s.operator,
    roundDegrees(s.lat),
    roundDegrees(s.lon),
    s.techs.join(';'),
    s.towerId ?? '',
    s.heightM ?? '',
    s.radiusM['4G'] ?? '',
    s.radiusM['5G'] ?? '',
    s.radiusM['6G'] ?? '',
    s.azimuths.join(';'),
    s.beamwidthDeg ?? '',
    s.band ?? '',
    s.eirpDbm['4G'] ?? '',
    s.eirpDbm['5G'] ?? '',
    s.eirpDbm['6G'] ?? '',
    s.environment ?? '',
  ]);
  return Papa.unparse({ fields: [...STATION_COLUMNS], data }, { newline: '\n' }) + '\n';
}
