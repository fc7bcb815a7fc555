import type { Polygon } from 'geojson';
import type { MeasuredTech, Operator } from '../model.ts';

/** Which access network a speed figure is for: the plans set mobile and fixed download targets apart. */
export const NETWORKS = ['mobile', 'fixed'] as const;
export type Network = (typeof NETWORKS)[number];

/** One drive-test or crowd-sourced measurement: the received reference signal of one operator's band at a point. */
export interface MeasurePoint {
  lon: number;
  lat: number;
  operator: Operator;
  tech: MeasuredTech;
  /** Band name of `core/radio/bands.ts` ("B3", "n78"). */
  band: string;
  rsrpDbm: number;
  /** As written in the file, where given. */
  time: string | null;
  downloadMbps: number | null;
  uploadMbps: number | null;
  /** The serving station's code, where the tool logged it. */
  stationId: string | null;
}

/** A zoom-16 (or any zoom) tile of Ookla's open speed data: the mean of the tests taken in it. */
export interface SpeedTile {
  quadkey: string;
  network: Network;
  /** Tile outline, WGS84, from the quadkey. */
  geometry: Polygon;
  /** Centre of the tile, which places it in a village or commune. */
  lon: number;
  lat: number;
  downloadMbps: number;
  uploadMbps: number | null;
  latencyMs: number | null;
  tests: number;
  devices: number | null;
}

/** One line of a per-commune speed table (VNNIC i-Speed style). */
export interface CommuneSpeed {
  /** Commune code where the table gives one; else matched by `communeName`. */
  communeCode: string | null;
  communeName: string | null;
  /** Null where the line is for all operators. */
  operator: Operator | null;
  network: Network;
  downloadMbps: number;
  uploadMbps: number | null;
  samples: number;
}

/** Imported measured truth, by kind; kept apart from the data set the engine measures. */
export type MeasureData =
  | { kind: 'measurements'; points: MeasurePoint[] }
  | { kind: 'speed_tiles'; tiles: SpeedTile[] }
  | { kind: 'speed_communes'; speeds: CommuneSpeed[] };
