import { degreesSpan, distanceM } from '../geometry/distance.ts';
import type { Site, Station } from '../model.ts';
import { groupSites } from '../sites/groupSites.ts';
import { stationKey } from '../sites/stationKey.ts';

/** Grid cells for finding stations within the co-location distance, degrees (about 110 m). */
const CELL_DEG = 0.001;
const cellKey = (cx: number, cy: number) => `${cx},${cy}`;

/** Sites removed and added by one station change. */
export interface SiteChange {
  removed: Site[];
  added: Site[];
}

const byFirstStation = (a: Site, b: Site) => (a.stationIds[0]! < b.stationIds[0]! ? -1 : a.stationIds[0]! > b.stationIds[0]! ? 1 : 0);

/**
 * The sites of a changing list of stations, by the one definition (`groupSites`): a station change regroups only
 * the sites it can touch, the old station's site and the sites of the stations the new one joins by tower id or
 * distance. Single linkage means no other site can change: a site's stations link only among themselves.
 * Sites are kept in `groupSites`'s order.
 */
export class SiteTracker {
  private readonly byKey = new Map<string, Station>();
  private readonly siteOf = new Map<string, Site>();
  private readonly byTower = new Map<string, Set<Station>>();
  private readonly cells = new Map<string, Set<Station>>();
  private readonly list: Site[];

  /** `sites` must be `groupSites(stations, { colocateM })` with their commune codes, as the engine gave them. */
  constructor(
    stations: readonly Station[],
    sites: readonly Site[],
    private readonly colocateM: number,
    private readonly communeOf: (lon: number, lat: number) => string | null,
  ) {
    for (const s of stations) this.index(s);
    this.list = [...sites];
    for (const site of this.list) for (const key of site.stationIds) this.siteOf.set(key, site);
  }

  get sites(): readonly Site[] {
    return this.list;
  }

  station(key: string): Station | undefined {
    return this.byKey.get(key);
  }

  siteOfStation(key: string): Site | undefined {
    return this.siteOf.get(key);
  }

  siteById(id: string): Site | undefined {
    return this.list.find((s) => s.id === id);
  }

  /** Replaces `old` by `next` (either may be null) and regroups the sites they touch. */
  change(old: Station | null, next: Station | null): SiteChange {
    const touched = new Set<Site>();
    if (old) {
      const site = this.siteOf.get(stationKey(old));
      if (site) touched.add(site);
      this.unindex(old);
    }
    if (next) {
      for (const s of this.linked(next)) touched.add(this.siteOf.get(stationKey(s))!);
      this.index(next);
    }
    const members: Station[] = [];
    for (const site of touched) for (const key of site.stationIds) if (!old || key !== stationKey(old)) members.push(this.byKey.get(key)!);
    if (next) members.push(next);
    const removed = [...touched];
    for (const site of removed) {
      this.list.splice(this.position(site), 1);
      for (const key of site.stationIds) this.siteOf.delete(key);
    }
    const added = groupSites(members, { colocateM: this.colocateM }).map((s) => ({ ...s, communeCode: this.communeOf(s.lon, s.lat) }));
    for (const site of added) {
      this.list.splice(this.insertionPoint(site), 0, site);
      for (const key of site.stationIds) this.siteOf.set(key, site);
    }
    return { removed, added };
  }

  /** The stations `station` joins directly: the same tower id, or within the co-location distance. */
  private linked(station: Station): Station[] {
    const out = new Set<Station>();
    if (station.towerId) for (const s of this.byTower.get(station.towerId) ?? []) out.add(s);
    if (this.colocateM > 0) {
      const { dLat, dLon } = degreesSpan(this.colocateM, Math.abs(station.lat) + 1e-3);
      for (let cx = Math.floor((station.lon - dLon) / CELL_DEG); cx <= Math.floor((station.lon + dLon) / CELL_DEG); cx++)
        for (let cy = Math.floor((station.lat - dLat) / CELL_DEG); cy <= Math.floor((station.lat + dLat) / CELL_DEG); cy++)
          for (const s of this.cells.get(cellKey(cx, cy)) ?? [])
            if (distanceM(station.lon, station.lat, s.lon, s.lat) <= this.colocateM) out.add(s);
    }
    return [...out];
  }

  private index(s: Station): void {
    this.byKey.set(stationKey(s), s);
    if (s.towerId) {
      let set = this.byTower.get(s.towerId);
      if (!set) this.byTower.set(s.towerId, (set = new Set()));
      set.add(s);
    }
    const key = cellKey(Math.floor(s.lon / CELL_DEG), Math.floor(s.lat / CELL_DEG));
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = new Set()));
    cell.add(s);
  }

  private unindex(s: Station): void {
    this.byKey.delete(stationKey(s));
    if (s.towerId) this.byTower.get(s.towerId)?.delete(s);
    this.cells.get(cellKey(Math.floor(s.lon / CELL_DEG), Math.floor(s.lat / CELL_DEG)))?.delete(s);
  }

  /** Index of `site` in the list, found by binary search on its first station. */
  private position(site: Site): number {
    let i = this.insertionPoint(site);
    while (this.list[i] !== site) i++;
    return i;
  }

  /** First index whose site does not sort before `site`. */
  private insertionPoint(site: Site): number {
    let lo = 0;
    let hi = this.list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byFirstStation(this.list[mid]!, site) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
