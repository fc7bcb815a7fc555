import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import { stationKey } from '../core/sites/stationKey.ts';
import { TECHS } from '../core/model.ts';
import type { Area, Commune, Dataset, Site, Village } from '../core/model.ts';
import { AreaLocator } from '../core/stats/areaLocator.ts';

export interface CommuneProps { code: string; name: string; type: Commune['type'] }
export interface VillageProps {
  id: string; name: string; communeCode: string; communeName: string;
  population: number; households: number; fibre: boolean | null; areaEstimated: boolean;
}
/** Lists are joined with ", " because MapLibre hands array properties back as JSON strings. */
export interface SiteProps {
  id: string; operatorCount: number; operators: string; stationCount: number; techs: string; communeName: string;
  /** The stations' `stationKey`s, one a line: the site popup's what-if buttons name them. */
  stationKeys: string;
}
export interface FibreProps { id: string; operator: string; kind: 'route' | 'access' }

export interface MapFeatures {
  communes: FeatureCollection<Area, CommuneProps>;
  villages: FeatureCollection<Area | Point, VillageProps>;
  sites: FeatureCollection<Point, SiteProps>;
  fibre: FeatureCollection<LineString | MultiLineString | Point, FibreProps>;
}

function collection<G extends Feature['geometry'], P>(features: Array<Feature<G, P>>): FeatureCollection<G, P> {
  return { type: 'FeatureCollection', features };
}

/**
 * Turns a data set and its sites into GeoJSON for the map. Features get numeric ids (their index) so the map can
 * highlight them with feature state. Does not mutate its input.
 */
export function toFeatures(data: Dataset, sites: readonly Site[]): MapFeatures {
  const communeNames = new Map(data.communes.map((c) => [c.code, c.name]));
  const village = (v: Village, id: number): Feature<Area | Point, VillageProps> => ({
    type: 'Feature', id, geometry: v.geometry,
    properties: {
      id: v.id, name: v.name, communeCode: v.communeCode, communeName: communeNames.get(v.communeCode) ?? '',
      population: v.population, households: v.households, fibre: v.fibre, areaEstimated: v.areaEstimated ?? false,
    },
  });
  const routes = data.fibre.routes.map((r, id): Feature<LineString | MultiLineString | Point, FibreProps> => ({
    type: 'Feature', id, geometry: r.geometry, properties: { id: r.id, operator: r.operator, kind: 'route' },
  }));
  const points = data.fibre.accessPoints.map((a, i): Feature<LineString | MultiLineString | Point, FibreProps> => ({
    type: 'Feature', id: routes.length + i, geometry: { type: 'Point', coordinates: [a.lon, a.lat] },
    properties: { id: a.id, operator: a.operator, kind: 'access' },
  }));
  return {
    communes: collection(data.communes.map((c, id) => ({
      type: 'Feature' as const, id, geometry: c.geometry, properties: { code: c.code, name: c.name, type: c.type },
    }))),
    villages: collection(data.villages.map(village)),
    sites: siteFeatures(data, sites),
    fibre: collection([...routes, ...points]),
  };
}

/** The sites as the map's features (see `toFeatures`): also what the what-if edits redraw the site tiles from. */
export function siteFeatures(data: Dataset, sites: readonly Site[]): FeatureCollection<Point, SiteProps> {
  const communeNames = new Map(data.communes.map((c) => [c.code, c.name]));
  const stationsByKey = new Map(data.stations.map((s) => [stationKey(s), s]));
  // Indexed: testing each of 200,000 sites against every commune's polygon in turn took seconds.
  const communeLocator = new AreaLocator(data.communes.map((c) => c.geometry));
  const communeAt = (lon: number, lat: number) => data.communes[communeLocator.locate(lon, lat)];
  const site = (s: Site, id: number): Feature<Point, SiteProps> => {
    const techs = new Set<string>(s.stationIds.flatMap((sid) => stationsByKey.get(sid)?.techs ?? []));
    const commune = s.communeCode ? communeNames.get(s.communeCode) : communeAt(s.lon, s.lat)?.name;
    return {
      type: 'Feature', id, geometry: { type: 'Point', coordinates: [s.lon, s.lat] },
      properties: {
        id: s.id, operatorCount: s.operators.length, operators: s.operators.join(', '),
        stationCount: s.stationIds.length, techs: TECHS.filter((t) => techs.has(t)).join(', '),
        communeName: commune ?? '', stationKeys: s.stationIds.join('\n'),
      },
    };
  };
  return collection(sites.map(site));
}
