import type { Polygon, Position } from 'geojson';
import { createLocalFrame } from '../../src/core/geometry/localFrame.ts';
import { createEmptyDataset, type Commune, type Dataset, type Station, type Tech, type Village } from '../../src/core/model.ts';

/** All fixtures sit around this point; x and y are metres east and north of it. */
export const ORIGIN = { lon: 106, lat: 21 };
const frame = createLocalFrame(ORIGIN.lon, ORIGIN.lat);

export function toLonLat(x: number, y: number): [number, number] {
  return [ORIGIN.lon + x / frame.mPerDegLon, ORIGIN.lat + y / frame.mPerDegLat];
}

/** A closed ring from points in metres. */
export function createRing(points: [number, number][]): Position[] {
  const ring = points.map(([x, y]) => toLonLat(x, y));
  return [...ring, ring[0]!];
}

/** An axis-aligned square ring of side `side` metres centred on `(cx, cy)`. */
export function createSquareRing(cx: number, cy: number, side: number): Position[] {
  const h = side / 2;
  return createRing([
    [cx - h, cy - h],
    [cx + h, cy - h],
    [cx + h, cy + h],
    [cx - h, cy + h],
  ]);
}

export function createSquare(cx: number, cy: number, side: number): Polygon {
  return { type: 'Polygon', coordinates: [createSquareRing(cx, cy, side)] };
}

export function createStation(
  id: string,
  operator: string,
  x: number,
  y: number,
  radii: Partial<Record<Tech, number>>,
  extra: Partial<Station> = {},
): Station {
  const [lon, lat] = toLonLat(x, y);
  return {
    id,
    operator,
    lon,
    lat,
    techs: Object.keys(radii) as Tech[],
    heightM: null,
    azimuths: [],
    beamwidthDeg: null,
    band: null,
    eirpDbm: {},
    environment: null,
    towerId: null,
    radiusM: radii,
    ...extra,
  };
}

export function createVillage(id: string, communeCode: string, geometry: Village['geometry'], population = 100): Village {
  return { id, name: `Thôn ${id}`, communeCode, population, households: 0, fibre: false, geometry };
}

export function createCommune(code: string, geometry: Commune['geometry']): Commune {
  return { code, name: `Xã ${code}`, type: 'xa', geometry };
}

export function createDataset(parts: Partial<Dataset>): Dataset {
  return { ...createEmptyDataset({ code: 'demo', name: 'Tỉnh thử', nameEn: 'Test province', isDemo: true }), ...parts };
}
