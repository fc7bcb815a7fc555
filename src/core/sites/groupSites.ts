import KDBush from 'kdbush';
import { degreesSpan, distanceM } from '../geometry/distance.ts';
import type { Site, Station } from '../model.ts';
import { stationKey } from './stationKey.ts';

export const DEFAULT_COLOCATE_M = 30;

export interface GroupSitesOptions {
  /** Stations closer than this (metres) are on one site, by single linkage. Default 30. */
  colocateM?: number;
}

/**
 * Groups stations into physical sites: stations with the same tower id, or within `colocateM` metres of each
 * other (single linkage, so chains join), form one site. The answer does not depend on the order of the stations.
 * Site location is the mean of its stations; `stationIds` are the stations' `stationKey`s (operator and code, as
 * two operators may use one code); `communeCode` is left null for the caller to assign.
 * Does not mutate its input.
 */
export function groupSites(stations: readonly Station[], options: GroupSitesOptions = {}): Site[] {
  const colocateM = options.colocateM ?? DEFAULT_COLOCATE_M;
  const n = stations.length;
  const parent = new Int32Array(n).map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const byTower = new Map<string, number>();
  stations.forEach((s, i) => {
    if (!s.towerId) return;
    const first = byTower.get(s.towerId);
    if (first === undefined) byTower.set(s.towerId, i);
    else union(first, i);
  });

  if (n > 0 && colocateM > 0) {
    const index = new KDBush(n);
    for (const s of stations) index.add(s.lon, s.lat);
    index.finish();
    stations.forEach((s, i) => {
      const { dLat, dLon } = degreesSpan(colocateM, Math.abs(s.lat) + 1e-3);
      for (const j of index.range(s.lon - dLon, s.lat - dLat, s.lon + dLon, s.lat + dLat)) {
        const t = stations[j]!;
        if (j > i && distanceM(s.lon, s.lat, t.lon, t.lat) <= colocateM) union(i, j);
      }
    });
  }

  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  }

  const sites: Site[] = [];
  for (const members of groups.values()) {
    // In key order: the same stations then give the same position to the last bit in whatever order they come
    // (a what-if edit regroups a site from a different order; a site on a commune border must not change commune).
    const keyed = members.map((i) => ({ station: stations[i]!, key: stationKey(stations[i]!) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const group = keyed.map((k) => k.station);
    const stationIds = keyed.map((k) => k.key);
    const towers = [...new Set(group.map((s) => s.towerId).filter((t): t is string => !!t))].sort();
    sites.push({
      id: towers.length === 1 ? towers[0]! : `site-${stationIds[0]}`,
      lon: group.reduce((sum, s) => sum + s.lon, 0) / group.length,
      lat: group.reduce((sum, s) => sum + s.lat, 0) / group.length,
      stationIds,
      operators: [...new Set(group.map((s) => s.operator))].sort(),
      communeCode: null,
    });
  }
  return sites.sort((a, b) => (a.stationIds[0]! < b.stationIds[0]! ? -1 : 1));
}

/** A site is shared when two or more distinct operators use it. */
export function isShared(site: Site): boolean {
  return site.operators.length >= 2;
}
