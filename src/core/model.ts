/**
 * The data model shared by the core, the worker, the UI and the command line.
 * Coordinates are WGS84 `[lng, lat]` in degrees (RFC 7946); lengths in metres; areas in km².
 * Everything here is plain data (structured-clone safe) so it crosses the worker boundary as is.
 */
import type { LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';

/** Radio generations a station may carry. 4G, 5G and 6G are the ones the plans measure. */
export const TECHS = ['2G', '3G', '4G', '5G', '6G'] as const;
export type Tech = (typeof TECHS)[number];

/** The technologies whose coverage is computed and compared with targets. */
export const MEASURED_TECHS = ['4G', '5G', '6G'] as const satisfies readonly Tech[];
export type MeasuredTech = (typeof MEASURED_TECHS)[number];

/** The four national mobile operators; stations may also name others (tower companies, Gtel...). */
export const KNOWN_OPERATORS = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'] as const;
export type Operator = string;

export type Area = Polygon | MultiPolygon;

/** Since 1 July 2025: province > commune (xã), ward (phường) or special zone (đặc khu) > village. */
export const COMMUNE_TYPES = ['xa', 'phuong', 'dac_khu'] as const;
export type CommuneType = (typeof COMMUNE_TYPES)[number];

/** Propagation environments of the radio model (`docs/radio-model.md`), densest first. */
export const ENVIRONMENTS = ['dense_urban', 'urban', 'suburban', 'rural'] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

export interface Province {
  /** Official 2-digit province code ("24" for Bắc Ninh); "demo" for the built-in demo province. */
  code: string;
  name: string;
  nameEn: string;
  /** True for generated data: the UI must say "Dữ liệu minh họa" wherever it is shown. */
  isDemo: boolean;
}

export interface Commune {
  /** Official 5-digit commune code, e.g. "07210". */
  code: string;
  name: string;
  type: CommuneType;
  geometry: Area;
}

export interface Village {
  id: string;
  name: string;
  /** Code of the commune the village belongs to. */
  communeCode: string;
  population: number;
  households: number;
  /**
   * Whether fixed broadband (FTTH) can be ordered in the village, as recorded in the village list; null where the
   * list does not say (no fibre column, or an empty cell): unknown, never read as "no".
   */
  fibre: boolean | null;
  /** A boundary, or only a centre point where the village list has no boundaries. */
  geometry: Area | Point;
  /** True where the boundary was derived (e.g. Voronoi cells from points), not surveyed. */
  areaEstimated?: boolean;
}

/** One operator's equipment at one location. */
export interface Station {
  id: string;
  operator: Operator;
  lon: number;
  lat: number;
  techs: Tech[];
  /** Antenna height above ground in metres, where known. */
  heightM: number | null;
  /** Sector azimuths in degrees clockwise from north; empty for omnidirectional. */
  azimuths: number[];
  /** Horizontal beamwidth of each sector in degrees, where azimuths are given. */
  beamwidthDeg: number | null;
  /** Radio bands by their names in `core/radio/bands.ts`, separated by ";" (e.g. "B3;n78"), where known. */
  band: string | null;
  /** EIRP per sector at boresight over the whole channel, dBm, per technology, where the data gives one. */
  eirpDbm: Partial<Record<MeasuredTech, number>>;
  /** Propagation environment where the data gives one; otherwise the radio model takes it from the commune type. */
  environment: Environment | null;
  /** Identifier of the physical tower; stations with the same tower id share a site. */
  towerId: string | null;
  /** Coverage radius per technology in metres, where the data gives one. */
  radiusM: Partial<Record<Tech, number>>;
}

/** Stations grouped at one physical location (same tower id, or within the co-location distance). */
export interface Site {
  id: string;
  lon: number;
  lat: number;
  /** `stationKey` of each station: operator and code ("Viettel:BN001"). */
  stationIds: string[];
  /** Distinct operators on the site, sorted. A site is shared when there are two or more. */
  operators: Operator[];
  communeCode: string | null;
}

/** A coverage area reported for one operator and technology; replaces the stations' geometry for that pair. */
export interface CoverageArea {
  operator: Operator;
  tech: MeasuredTech;
  geometry: Area;
}

export interface FibreRoute {
  id: string;
  operator: Operator;
  geometry: LineString | MultiLineString;
}

/** A point where customers can be connected to fibre (splitter, cabinet, ODF). */
export interface FibreAccessPoint {
  id: string;
  operator: Operator;
  lon: number;
  lat: number;
}

export interface Fibre {
  routes: FibreRoute[];
  accessPoints: FibreAccessPoint[];
}

/** A point carrying people (a household or building) that weights coverage within its village. */
export interface PopulationPoint {
  lon: number;
  lat: number;
  population: number;
}

/** Everything the map and the engine work on. */
export interface Dataset {
  province: Province;
  communes: Commune[];
  villages: Village[];
  stations: Station[];
  coverage: CoverageArea[];
  fibre: Fibre;
  populationPoints: PopulationPoint[];
}

/** A data set with nothing loaded yet but its province, for the importers and tests to fill. */
export function createEmptyDataset(province: Province): Dataset {
  return { province, communes: [], villages: [], stations: [], coverage: [], fibre: { routes: [], accessPoints: [] }, populationPoints: [] };
}
