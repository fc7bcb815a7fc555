import { area as turfArea } from '@turf/turf';
import { distanceM } from '../geometry/distance.ts';
import { interiorPoint } from '../geometry/interiorPoint.ts';
import { randomPointIn } from '../geometry/randomPointIn.ts';
import { KNOWN_OPERATORS, type Station, type Tech, type Village } from '../model.ts';
import { createRandom, type Random } from './random.ts';
import { inZones, type Zone } from './zones.ts';

export interface PlaceStationsOptions {
  seed: number;
  /** Number of stations (one operator's equipment each) to place, exactly. */
  stations: number;
  /** Share of sites used by two or more operators, 0-1; default 0.2. */
  sharedShare?: number;
  /** Towns: dense small 4G cells on rooftops, 5G. */
  towns?: readonly Zone[];
  /** Industrial parks: 5G. */
  industrialParks?: readonly Zone[];
  /** Remote hills: few sites with short reach, so some villages have no 4G. */
  remote?: readonly Zone[];
  /** Number of 6G pilot stations, placed on 5G stations nearest the first town; default 4. */
  pilots6g?: number;
}

/** Market weights of the four operators, used to pick who builds a site. */
const MARKET: Record<(typeof KNOWN_OPERATORS)[number], { weight: number; prefix: string; band4g: string; band5g: string | null }> = {
  Viettel: { weight: 0.45, prefix: 'VTL', band4g: 'B3', band5g: 'n41' },
  VNPT: { weight: 0.25, prefix: 'VNP', band4g: 'B3', band5g: 'n78' },
  MobiFone: { weight: 0.22, prefix: 'MBF', band4g: 'B1', band5g: 'n78' },
  Vietnamobile: { weight: 0.08, prefix: 'VNM', band4g: 'B3', band5g: null },
};
/** Sites closer than this (metres) would merge under `groupSites`; unrelated sites keep further apart. */
const MIN_SITE_SPACING_M = 80;

/**
 * Places BTS stations of the four operators on sites inside villages: more sites where more people live, few in
 * remote zones. A share of sites carries several operators, whose stations then have identical `[lng, lat]` and,
 * mostly, a common `towerId`; unshared sites stay at least 80 m apart so they never look co-located. Every station
 * has 4G (radius 600-1,000 m in towns, 2-4 km rural, 1.2-2.2 km in remote hills); most in towns and industrial
 * parks add 5G (250-500 m); a few pilots add 6G (100-200 m). Some have three sectors (azimuths in degrees,
 * beamwidth 65°). Deterministic for a seed; does not mutate its input.
 */
export function placeStations(villages: readonly Village[], options: PlaceStationsOptions): Station[] {
  const random = createRandom(options.seed);
  const towns = options.towns ?? [];
  const parks = options.industrialParks ?? [];
  const remote = options.remote ?? [];
  const weights = villages.map((v) => {
    const [lon, lat] = v.geometry.type === 'Point' ? (v.geometry.coordinates as [number, number]) : interiorPoint(v.geometry);
    const areaKm2 = v.geometry.type === 'Point' ? 1 : turfArea(v.geometry) / 1e6;
    return (v.population + 120 * areaKm2) * (1 - 0.9 * inZones(remote, lon, lat));
  });
  const operators = Object.keys(MARKET) as (keyof typeof MARKET)[];
  const marketWeights = operators.map((o) => MARKET[o].weight);
  const counters = new Map<string, number>();
  const grid = new Map<string, [number, number][]>();
  const stations: Station[] = [];

  for (let site = 1; stations.length < options.stations; site++) {
    const [lon, lat] = siteLocation(villages[random.weighted(weights)]!, grid, random);
    const sharedCount = random.chance(options.sharedShare ?? 0.2) ? random.pick([2, 2, 2, 2, 2, 3, 3, 3, 4]) : 1;
    const onSite: (keyof typeof MARKET)[] = [];
    while (onSite.length < Math.min(sharedCount, options.stations - stations.length)) {
      const op = operators[random.weighted(marketWeights)]!;
      if (!onSite.includes(op)) onSite.push(op);
    }
    const towerId = onSite.length > 1 ? (random.chance(0.8) ? `T${site}` : null) : random.chance(0.5) ? `T${site}` : null;
    const town = inZones(towns, lon, lat);
    const park = inZones(parks, lon, lat);
    const hill = inZones(remote, lon, lat);
    for (const op of onSite) {
      const market = MARKET[op];
      const n = (counters.get(op) ?? 0) + 1;
      counters.set(op, n);
      const has5g = market.band5g !== null && Math.max(town, park) > 0.3 && random.chance(0.6);
      const techs: Tech[] = [...(random.chance(0.3) ? (['2G'] as const) : []), '4G', ...(has5g ? (['5G'] as const) : [])];
      const urban = town > 0.5;
      const radius4g = urban ? random.range(600, 1000) : hill > 0.5 ? random.range(1200, 2200) : random.range(2000, 4000);
      const sectored = random.chance(0.6);
      const turn = random.pick([0, 30, 60, 90]);
      stations.push({
        id: `${market.prefix}-${String(n).padStart(5, '0')}`,
        operator: op,
        lon,
        lat,
        techs,
        heightM: Math.round(urban ? random.range(15, 30) : random.range(30, 45)),
        azimuths: sectored ? [turn, turn + 120, turn + 240] : [],
        beamwidthDeg: sectored ? 65 : null,
        band: random.chance(0.1) ? null : has5g ? `${market.band4g};${market.band5g}` : market.band4g,
        towerId,
        radiusM: { '4G': Math.round(radius4g), ...(has5g ? { '5G': Math.round(random.range(250, 500)) } : {}) },
        eirpDbm: {},
        environment: null,
      });
    }
  }
  addPilots(stations, towns[0], options.pilots6g ?? 4, random);
  return stations;
}

/** A random point in the village at least `MIN_SITE_SPACING_M` from every site so far (recorded in `grid`). */
function siteLocation(village: Village, grid: Map<string, [number, number][]>, random: Random): [number, number] {
  const key = (i: number, j: number) => `${i},${j}`;
  const CELL = 0.002;
  let p: [number, number] = [0, 0];
  for (let tries = 0; tries < 50; tries++) {
    p = village.geometry.type === 'Point' ? (village.geometry.coordinates as [number, number]) : randomPointIn(village.geometry, random);
    const i = Math.floor(p[0] / CELL);
    const j = Math.floor(p[1] / CELL);
    let clear = true;
    for (let di = -1; di <= 1 && clear; di++) {
      for (let dj = -1; dj <= 1 && clear; dj++) {
        for (const q of grid.get(key(i + di, j + dj)) ?? []) if (distanceM(p[0], p[1], q[0], q[1]) < MIN_SITE_SPACING_M) clear = false;
      }
    }
    if (clear) break;
  }
  const k = key(Math.floor(p[0] / CELL), Math.floor(p[1] / CELL));
  grid.set(k, [...(grid.get(k) ?? []), p]);
  return p;
}

/** Adds 6G to `count` 5G stations near a town centre (drawn from the nearest 30): the pilot sites. Mutates `stations`. */
function addPilots(stations: Station[], town: Zone | undefined, count: number, random: Random): void {
  if (!town || count <= 0) return;
  const near = stations
    .filter((s) => s.techs.includes('5G'))
    .map((s) => ({ s, d: distanceM(town.lon, town.lat, s.lon, s.lat) }))
    .sort((a, b) => a.d - b.d)
    .slice(0, 30)
    .map((x) => x.s);
  for (let i = 0; i < count && near.length > 0; i++) {
    const s = near.splice(random.int(0, near.length - 1), 1)[0]!;
    s.techs.push('6G');
    s.radiusM['6G'] = Math.round(random.range(100, 200));
  }
}
