import type { Geometry, LineString, MultiLineString } from 'geojson';
import type { LayerData } from '../../src/core/import/importLayer.ts';
import type { LayerKind } from '../../src/core/import/layerKind.ts';
import type { Area, CommuneType, CoverageArea, Environment, FibreAccessPoint, FibreRoute, MeasuredTech, PopulationPoint, Station, Tech, Village } from '../../src/core/model.ts';
import type { Commune } from '../../src/core/model.ts';
import { FIBRE_REACH_M } from '../../src/core/coverage/buildCoverageLayer.ts';
import { DEFAULT_RADIO_MODEL } from '../../src/core/radio/radioModel.ts';

/** A column as the batch insert sends it: one array parameter per column, unnested into rows. */
interface Column {
  name: string;
  /** The array type the values travel as. */
  type: 'int' | 'text' | 'float8' | 'bool';
  /** How the unnested value `v` becomes the stored one (default: as is). */
  store?: (v: string) => string;
}

type Cell = string | number | boolean | null;

/** How one layer kind is stored and read back. */
export interface LayerTable {
  table: string;
  /** The column a publication scoped to one operator replaces by (null: the layer is replaced whole). */
  scopeColumn: 'operator' | null;
  columns: Column[];
  /** The layer's items as rows of cells, in `columns` order (without change_id and ord). */
  rows(layer: LayerData): Cell[][];
  /** The SELECT list reading a row back (from alias `t`). */
  select: string;
  /** The layer from the rows `select` read, in their order. */
  layer(rows: Record<string, unknown>[]): LayerData;
  /** The key rows are matched by when a change is compared with what it replaces, and attributes compared. */
  key: string | null;
  attributes: string;
  /** A short label for a row in a diff. */
  label: string;
  /** The properties of a row as a GeoJSON feature (the columns of the input format). */
  properties: string;
  /**
   * How rows of one commune ($2) are picked: by its code, touching its boundary, or (`reachM`, SQL on `t`) within
   * the metres a row reaches: a station or fibre line just outside still serves the commune's villages.
   */
  inCommune: 'code' | 'commune_code' | 'boundary' | { reachM: string };
}

const geojson = (v: string) => `ST_SetSRID(ST_GeomFromGeoJSON(${v}), 4326)`;
const point = (lon: string, lat: string) => `ST_SetSRID(ST_MakePoint(${lon}, ${lat}), 4326)`;
// 15 decimals keep every double of a longitude or latitude exactly (a degree's last bit is ~1e-14 at 105°).
const GEOMETRY = 'ST_AsGeoJSON(t.geom, 15)::json AS geometry';
const XY = 'ST_X(t.geom) AS lon, ST_Y(t.geom) AS lat';

/**
 * The farthest a station's coverage can reach: its largest typed radius over its technologies, and where a
 * technology has none, the radio model's longest range (the engine computes a shorter one from the link budget).
 */
const STATION_REACH_M =
  '(SELECT coalesce(max(CASE tech ' +
  (['4G', '5G', '6G'] as const)
    .map((tech) => {
      const column = `t.radius_${tech.toLowerCase()}_m`;
      return `WHEN '${tech}' THEN CASE WHEN ${column} > 0 THEN ${column} ELSE ${DEFAULT_RADIO_MODEL.maxRangeM} END`;
    })
    .join(' ') +
  ' ELSE 0 END), 0) FROM unnest(t.techs) AS tech)';

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

export const LAYER_TABLES: Record<LayerKind, LayerTable> = {
  communes: {
    table: 'communes',
    scopeColumn: null,
    columns: [
      { name: 'code', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'type', type: 'text' },
      { name: 'geom', type: 'text', store: geojson },
    ],
    rows: (l) => (l.kind === 'communes' ? l.communes.map((c) => [c.code, c.name, c.type, JSON.stringify(c.geometry)]) : []),
    select: `t.code, t.name, t.type, ${GEOMETRY}`,
    layer: (rows) => ({
      kind: 'communes',
      communes: rows.map((r): Commune => ({ code: String(r.code), name: String(r.name), type: r.type as CommuneType, geometry: r.geometry as Area })),
    }),
    key: 't.code',
    attributes: 'jsonb_build_object(\'name\', t.name, \'type\', t.type)',
    label: 't.name',
    properties:
      "jsonb_build_object('code', t.code, 'name', t.name, 'type', t.type)",
    inCommune: 'code',
  },
  villages: {
    table: 'villages',
    scopeColumn: null,
    columns: [
      { name: 'village_id', type: 'text' },
      { name: 'name', type: 'text' },
      { name: 'commune_code', type: 'text' },
      { name: 'population', type: 'float8' },
      { name: 'households', type: 'float8' },
      { name: 'fibre', type: 'bool' },
      { name: 'geom', type: 'text', store: geojson },
    ],
    rows: (l) =>
      l.kind === 'villages'
        ? l.villages.map((v) => [v.id, v.name, v.communeCode, v.population, v.households, v.fibre, JSON.stringify(v.geometry)])
        : [],
    select: `t.village_id, t.name, t.commune_code, t.population, t.households, t.fibre, ${GEOMETRY}`,
    layer: (rows) => ({
      kind: 'villages',
      villages: rows.map(
        (r): Village => ({
          id: String(r.village_id),
          name: String(r.name),
          communeCode: String(r.commune_code),
          population: Number(r.population),
          households: Number(r.households),
          fibre: r.fibre === null ? null : r.fibre === true,
          geometry: r.geometry as Village['geometry'],
        }),
      ),
    }),
    key: 't.village_id',
    attributes: "jsonb_build_object('name', t.name, 'commune_code', t.commune_code, 'population', t.population, 'households', t.households, 'fibre', t.fibre)",
    label: 't.name',
    properties:
      "jsonb_build_object('village_id', t.village_id, 'name', t.name, 'commune_id', t.commune_code, 'population', t.population, 'households', t.households, 'fibre', t.fibre)",
    inCommune: 'commune_code',
  },
  stations: {
    table: 'stations',
    scopeColumn: 'operator',
    columns: [
      { name: 'station_id', type: 'text' },
      { name: 'operator', type: 'text' },
      { name: 'techs', type: 'text', store: (v) => `string_to_array(${v}, ';')` },
      { name: 'height_m', type: 'float8' },
      { name: 'azimuths', type: 'text', store: (v) => `coalesce(string_to_array(nullif(${v}, ''), ';')::float8[], '{}')` },
      { name: 'beamwidth_deg', type: 'float8' },
      { name: 'band', type: 'text' },
      { name: 'tower_id', type: 'text' },
      { name: 'radius_4g_m', type: 'float8' },
      { name: 'radius_5g_m', type: 'float8' },
      { name: 'radius_6g_m', type: 'float8' },
      { name: 'eirp_4g_dbm', type: 'float8' },
      { name: 'eirp_5g_dbm', type: 'float8' },
      { name: 'eirp_6g_dbm', type: 'float8' },
      { name: 'environment', type: 'text' },
      { name: 'lon', type: 'float8' },
      { name: 'lat', type: 'float8' },
    ],
    rows: (l) =>
      l.kind === 'stations'
        ? l.stations.map((s) => [
            s.id, s.operator, s.techs.join(';'), s.heightM, s.azimuths.join(';'), s.beamwidthDeg, s.band, s.towerId,
            s.radiusM['4G'] ?? null, s.radiusM['5G'] ?? null, s.radiusM['6G'] ?? null,
            s.eirpDbm['4G'] ?? null, s.eirpDbm['5G'] ?? null, s.eirpDbm['6G'] ?? null, s.environment, s.lon, s.lat,
          ])
        : [],
    select:
      't.station_id, t.operator, t.techs, t.height_m, t.azimuths, t.beamwidth_deg, t.band, t.tower_id, ' +
      `t.radius_4g_m, t.radius_5g_m, t.radius_6g_m, t.eirp_4g_dbm, t.eirp_5g_dbm, t.eirp_6g_dbm, t.environment, ${XY}`,
    layer: (rows) => ({
      kind: 'stations',
      stations: rows.map((r): Station => {
        const radiusM: Partial<Record<Tech, number>> = {};
        for (const [column, tech] of [['radius_4g_m', '4G'], ['radius_5g_m', '5G'], ['radius_6g_m', '6G']] as const) {
          const value = num(r[column]);
          if (value !== null) radiusM[tech] = value;
        }
        const eirpDbm: Partial<Record<MeasuredTech, number>> = {};
        for (const [column, tech] of [['eirp_4g_dbm', '4G'], ['eirp_5g_dbm', '5G'], ['eirp_6g_dbm', '6G']] as const) {
          const value = num(r[column]);
          if (value !== null) eirpDbm[tech] = value;
        }
        return {
          id: String(r.station_id),
          operator: String(r.operator),
          lon: Number(r.lon),
          lat: Number(r.lat),
          techs: r.techs as Tech[],
          heightM: num(r.height_m),
          azimuths: (r.azimuths as number[]).map(Number),
          beamwidthDeg: num(r.beamwidth_deg),
          band: (r.band as string | null) ?? null,
          eirpDbm,
          environment: (r.environment as Environment | null) ?? null,
          towerId: (r.tower_id as string | null) ?? null,
          radiusM,
        };
      }),
    }),
    key: "t.operator || '/' || t.station_id",
    attributes:
      "jsonb_build_object('techs', t.techs, 'height_m', t.height_m, 'azimuths', t.azimuths, 'beamwidth_deg', t.beamwidth_deg, " +
      "'band', t.band, 'tower_id', t.tower_id, 'radius_4g_m', t.radius_4g_m, 'radius_5g_m', t.radius_5g_m, 'radius_6g_m', t.radius_6g_m, " +
      "'eirp_4g_dbm', t.eirp_4g_dbm, 'eirp_5g_dbm', t.eirp_5g_dbm, 'eirp_6g_dbm', t.eirp_6g_dbm, 'environment', t.environment)",
    label: "t.operator || ' ' || t.station_id",
    properties:
      "jsonb_build_object('station_id', t.station_id, 'operator', t.operator, 'tech', array_to_string(t.techs, ';'), 'tower_id', t.tower_id, 'height_m', t.height_m, 'radius_4g_m', t.radius_4g_m, 'radius_5g_m', t.radius_5g_m, 'radius_6g_m', t.radius_6g_m, 'azimuths', array_to_string(t.azimuths, ';'), 'beamwidth_deg', t.beamwidth_deg, 'band', t.band, " +
      "'eirp_4g_dbm', t.eirp_4g_dbm, 'eirp_5g_dbm', t.eirp_5g_dbm, 'eirp_6g_dbm', t.eirp_6g_dbm, 'environment', t.environment)",
    inCommune: { reachM: STATION_REACH_M },
  },
  coverage: {
    table: 'coverage',
    scopeColumn: 'operator',
    columns: [
      { name: 'operator', type: 'text' },
      { name: 'tech', type: 'text' },
      { name: 'geom', type: 'text', store: geojson },
    ],
    rows: (l) => (l.kind === 'coverage' ? l.coverage.map((c) => [c.operator, c.tech, JSON.stringify(c.geometry)]) : []),
    select: `t.operator, t.tech, ${GEOMETRY}`,
    layer: (rows) => ({
      kind: 'coverage',
      coverage: rows.map((r): CoverageArea => ({ operator: String(r.operator), tech: r.tech as MeasuredTech, geometry: r.geometry as Area })),
    }),
    key: null,
    attributes: "'{}'::jsonb",
    label: "t.operator || ' ' || t.tech",
    properties:
      "jsonb_build_object('operator', t.operator, 'tech', t.tech)",
    inCommune: 'boundary',
  },
  fibre: {
    table: 'fibre',
    scopeColumn: null,
    columns: [
      { name: 'fibre_id', type: 'text' },
      { name: 'operator', type: 'text' },
      { name: 'kind', type: 'text' },
      { name: 'geom', type: 'text', store: geojson },
    ],
    rows: (l) =>
      l.kind === 'fibre'
        ? [
            ...l.fibre.routes.map((r) => [r.id, r.operator, 'route', JSON.stringify(r.geometry)]),
            ...l.fibre.accessPoints.map((p) => [p.id, p.operator, 'access_point', JSON.stringify({ type: 'Point', coordinates: [p.lon, p.lat] })]),
          ]
        : [],
    select: `t.fibre_id, t.operator, t.kind, ${GEOMETRY}`,
    layer: (rows) => {
      const routes: FibreRoute[] = [];
      const accessPoints: FibreAccessPoint[] = [];
      for (const r of rows) {
        const geometry = r.geometry as Geometry;
        if (r.kind === 'route') routes.push({ id: String(r.fibre_id), operator: String(r.operator), geometry: geometry as LineString | MultiLineString });
        else if (geometry.type === 'Point') {
          const [lon, lat] = geometry.coordinates as [number, number];
          accessPoints.push({ id: String(r.fibre_id), operator: String(r.operator), lon, lat });
        }
      }
      return { kind: 'fibre', fibre: { routes, accessPoints } };
    },
    key: 't.fibre_id',
    attributes: "jsonb_build_object('operator', t.operator, 'kind', t.kind)",
    label: 't.fibre_id',
    properties:
      "jsonb_build_object('id', t.fibre_id, 'operator', t.operator, 'kind', t.kind)",
    inCommune: { reachM: String(FIBRE_REACH_M) },
  },
  population: {
    table: 'population_points',
    scopeColumn: null,
    columns: [
      { name: 'population', type: 'float8' },
      { name: 'lon', type: 'float8' },
      { name: 'lat', type: 'float8' },
    ],
    rows: (l) => (l.kind === 'population' ? l.populationPoints.map((p) => [p.population, p.lon, p.lat]) : []),
    select: `t.population, ${XY}`,
    layer: (rows) => ({
      kind: 'population',
      populationPoints: rows.map((r): PopulationPoint => ({ population: Number(r.population), lon: Number(r.lon), lat: Number(r.lat) })),
    }),
    key: null,
    attributes: "'{}'::jsonb",
    label: "'population'",
    properties:
      "jsonb_build_object('population', t.population)",
    inCommune: 'boundary',
  },
};

/**
 * The INSERT that stores a batch of a layer's rows for one change: every column travels as one array parameter
 * ($1 the change, $2 the row numbers, then one per column) and `unnest` turns them into rows, so a batch is one
 * statement whatever its size. Points given as lon and lat become the `geom` column.
 */
export function insertSql(t: LayerTable): string {
  const arrays = [{ name: 'ord', type: 'int' } as Column, ...t.columns];
  const unnest = arrays.map((c, i) => `$${i + 2}::${c.type}[]`).join(', ');
  const names = arrays.map((c) => c.name);
  const hasPoint = names.includes('lon');
  const stored = arrays.filter((c) => c.name !== 'lon' && c.name !== 'lat');
  const targets = ['change_id', ...stored.map((c) => c.name), ...(hasPoint ? ['geom'] : [])];
  const values = ['$1', ...stored.map((c) => (c.store ? c.store(`u.${c.name}`) : `u.${c.name}`)), ...(hasPoint ? [point('u.lon', 'u.lat')] : [])];
  return `INSERT INTO ${t.table} (${targets.join(', ')}) SELECT ${values.join(', ')} FROM unnest(${unnest}) AS u(${names.join(', ')})`;
}
