import { EARTH_RADIUS_M } from '../geometry/distance.ts';
import { interiorPoint } from '../geometry/interiorPoint.ts';
import type { Area, Commune, Station, Village } from '../model.ts';
import { AreaLocator } from '../stats/areaLocator.ts';

/** How far outside its commune a village may lie before it is warned about (boundaries are drawn loosely). */
export const VILLAGE_OUTSIDE_M = 5_000;

/** A village that names a commune the loaded communes do not have. */
export interface VillageWithoutCommune {
  id: string;
  name: string;
  communeCode: string;
}

/** A village lying `distanceM` metres outside the commune it names (measured from a point inside the village). */
export interface VillageOutsideCommune extends VillageWithoutCommune {
  distanceM: number;
}

/** A station that stands inside no loaded commune. */
export interface StationOutsideCommunes {
  operator: string;
  id: string;
  lon: number;
  lat: number;
}

/**
 * What the layers say about each other that no single layer shows. The lists give the first `listLimit` of each
 * kind; `counts` count them all. With no communes loaded nothing is checked (`communesLoaded` false).
 */
export interface LayerWarnings {
  communesLoaded: boolean;
  counts: { villagesWithoutCommune: number; villagesOutsideCommune: number; stationsOutsideCommunes: number };
  villagesWithoutCommune: VillageWithoutCommune[];
  villagesOutsideCommune: VillageOutsideCommune[];
  stationsOutsideCommunes: StationOutsideCommunes[];
}

export interface CrossCheckOptions {
  /** Metres outside its commune beyond which a village is listed; default `VILLAGE_OUTSIDE_M`. */
  maxOutsideM?: number;
  /** Entries kept per list; default 100. */
  listLimit?: number;
}

/**
 * Checks the layers against each other: villages naming a commune that is not loaded, villages lying more than
 * `maxOutsideM` outside the commune they name, stations inside no commune. Pass the villages as imported (before
 * `estimateVillageAreas`, which clips estimated boundaries to their commune and would hide a village placed 40 km
 * away). A village is placed by its point, or a point inside its boundary. Pure; mutates nothing.
 */
export function crossCheckLayers(
  layers: { communes: readonly Commune[]; villages: readonly Village[]; stations: readonly Station[] },
  options: CrossCheckOptions = {},
): LayerWarnings {
  const maxOutsideM = options.maxOutsideM ?? VILLAGE_OUTSIDE_M;
  const limit = options.listLimit ?? 100;
  const out: LayerWarnings = {
    communesLoaded: layers.communes.length > 0,
    counts: { villagesWithoutCommune: 0, villagesOutsideCommune: 0, stationsOutsideCommunes: 0 },
    villagesWithoutCommune: [],
    villagesOutsideCommune: [],
    stationsOutsideCommunes: [],
  };
  if (!out.communesLoaded) return out;
  const byCode = new Map(layers.communes.map((c) => [c.code, c]));
  const locator = new AreaLocator(layers.communes.map((c) => c.geometry));
  const keep = <T>(list: T[], item: T) => {
    if (list.length < limit) list.push(item);
  };
  for (const v of layers.villages) {
    const commune = byCode.get(v.communeCode);
    const entry = { id: v.id, name: v.name, communeCode: v.communeCode };
    if (!commune) {
      out.counts.villagesWithoutCommune++;
      keep(out.villagesWithoutCommune, entry);
      continue;
    }
    const [lon, lat] = v.geometry.type === 'Point' ? (v.geometry.coordinates as [number, number]) : interiorPoint(v.geometry);
    if (locator.locateAll(lon, lat).some((i) => layers.communes[i] === commune)) continue;
    const distanceM = distanceToArea(lon, lat, commune.geometry);
    if (distanceM > maxOutsideM) {
      out.counts.villagesOutsideCommune++;
      keep(out.villagesOutsideCommune, { ...entry, distanceM: Math.round(distanceM) });
    }
  }
  for (const s of layers.stations) {
    if (locator.locate(s.lon, s.lat) >= 0) continue;
    out.counts.stationsOutsideCommunes++;
    keep(out.stationsOutsideCommunes, { operator: s.operator, id: s.id, lon: s.lon, lat: s.lat });
  }
  return out;
}

/** Metres from a point outside `area` to its nearest edge, on a plane tangent at the point (fine within a province). */
export function distanceToArea(lon: number, lat: number, area: Area): number {
  const kx = (Math.PI / 180) * EARTH_RADIUS_M * Math.cos((lat * Math.PI) / 180);
  const ky = (Math.PI / 180) * EARTH_RADIUS_M;
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 0; i + 1 < ring.length; i++) {
        const ax = (ring[i]![0]! - lon) * kx;
        const ay = (ring[i]![1]! - lat) * ky;
        const bx = (ring[i + 1]![0]! - lon) * kx;
        const by = (ring[i + 1]![1]! - lat) * ky;
        const dx = bx - ax;
        const dy = by - ay;
        const len = dx * dx + dy * dy;
        const t = len > 0 ? Math.max(0, Math.min(1, -(ax * dx + ay * dy) / len)) : 0;
        best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
      }
    }
  }
  return best;
}
