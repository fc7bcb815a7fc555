import type { ShapeProvider } from '../coverage/shapeProvider.ts';
import { MEASURED_TECHS, type Dataset, type MeasuredTech, type Site, type Station } from '../model.ts';
import { DEFAULT_RADIO_MODEL } from '../radio/radioModel.ts';
import { createRadioShapeProvider } from '../radio/radioShapeProvider.ts';
import { DEFAULT_COLOCATE_M, isShared } from '../sites/groupSites.ts';
import { stationKey } from '../sites/stationKey.ts';
import { AreaLocator } from '../stats/areaLocator.ts';
import { assignPoints } from '../stats/assignPoints.ts';
import { computeStats } from '../stats/computeStats.ts';
import { finishRollUp, rollUp, RollUpSums } from '../stats/rollUp.ts';
import {
  COVERAGE_KEYS,
  coveredAt,
  DEFAULT_THRESHOLD_PCT,
  type AreaStats,
  type CommuneStats,
  type CoverageKey,
  type StatsResult,
  type VillageStats,
} from '../stats/statsTypes.ts';
import { NearbyCoverage, type Remeasured } from './nearbyCoverage.ts';
import { specsReachM } from './shapeCache.ts';
import { SiteTracker, type SiteChange } from './siteTracker.ts';
import { invertChange, type StationChange, type StationEdit } from './stationEdit.ts';

export interface WhatIfOptions {
  thresholdPct?: number;
  colocateM?: number;
  /** The same provider the figures are computed with (`computeStats`'s option); default: the radio model with its defaults. */
  provider?: ShapeProvider;
}

/** What an edit changed, in people and villages newly covered (negative for lost) per coverage key, and sharing. */
export interface EditEffect {
  peopleGained: Record<CoverageKey, number>;
  villagesGained: Record<CoverageKey, number>;
  /** Null where there are no sites. */
  sharingPctBefore: number | null;
  sharingPctAfter: number | null;
}

/** The answer to an edit, undo or redo: everything that changed, as plain data. */
export interface EditResult {
  change: StationChange;
  effect: EditEffect;
  /** The villages measured again, with their new figures (unchanged ones included when the edit reached them). */
  villages: VillageStats[];
  communes: CommuneStats[];
  province: AreaStats;
  sites: SiteChange;
}

export type EditOutcome = { ok: true; result: EditResult } | { ok: false; error: string };

const zeroByKey = () => Object.fromEntries(COVERAGE_KEYS.map((k) => [k, 0])) as Record<CoverageKey, number>;

/**
 * A data set measured once, then edited a station at a time. It keeps every village's measured shares, the sites
 * and the roll-ups, and answers an edit by measuring again only the villages the old and new station reach
 * (`NearbyCoverage`), regrouping only the sites they touch (`SiteTracker`) and rolling up again only their
 * communes and the province: the figures are those `computeStats` gives on the edited data set. A threshold
 * change re-classifies what was measured. Undo and redo replay the inverse and the same changes.
 */
export class WhatIfSession {
  private readonly stationList: Station[];
  private readonly villageList: VillageStats[];
  private readonly communeList: CommuneStats[];
  private provinceStats: AreaStats;
  /** The province's roll-up as running sums, and its site counts: an edit updates them by what it changed. */
  private provinceSums = new RollUpSums();
  private siteCount = 0;
  private sharedSiteCount = 0;
  private threshold: number;
  private readonly fibreSource: StatsResult['fibreSource'];
  private readonly colocateM: number;
  private readonly coverage: NearbyCoverage;
  private readonly siteTracker: SiteTracker;
  private readonly communeLocator: AreaLocator;
  private readonly stationCommune = new Map<Station, string | null>();
  private readonly stationCount = new Map<string | null, number>();
  private readonly sitesByCommune = new Map<string | null, Set<Site>>();
  private readonly villagesByCommune = new Map<string, number[]>();
  private readonly communesByCode = new Map<string, number[]>();
  private readonly undoStack: StationChange[] = [];
  private readonly redoStack: StationChange[] = [];

  constructor(
    private readonly base: Dataset,
    options: WhatIfOptions = {},
  ) {
    const provider = options.provider ?? createRadioShapeProvider(DEFAULT_RADIO_MODEL, base.communes);
    const keys = new Set<string>();
    for (const s of base.stations) {
      const key = stationKey(s);
      if (keys.has(key)) throw new Error(`Station ${key} appears twice; a what-if session needs unique stations.`);
      keys.add(key);
    }
    // The full measure records how far each station reaches, so edits find their neighbours without asking again.
    const known = new Map<Station, Float64Array>();
    const recording: ShapeProvider = (station, tech) => {
      const specs = provider(station, tech);
      let reach = known.get(station);
      if (!reach) known.set(station, (reach = new Float64Array(MEASURED_TECHS.length)));
      reach[MEASURED_TECHS.indexOf(tech)] = specsReachM(specs);
      return specs;
    };
    const stats = computeStats(base, { thresholdPct: options.thresholdPct ?? DEFAULT_THRESHOLD_PCT, colocateM: options.colocateM ?? DEFAULT_COLOCATE_M, provider: recording });
    this.threshold = stats.thresholdPct;
    this.colocateM = stats.colocateM;
    this.fibreSource = stats.fibreSource;
    this.stationList = [...base.stations];
    this.villageList = [...stats.villages];
    this.communeList = [...stats.communes];
    this.provinceStats = stats.province;
    this.coverage = new NearbyCoverage({
      villages: base.villages,
      points: assignPoints(base),
      stations: base.stations,
      coverage: base.coverage,
      provider,
      knownReach: known,
    });
    this.communeLocator = new AreaLocator(base.communes.map((c) => c.geometry));
    this.siteTracker = new SiteTracker(base.stations, stats.sites, this.colocateM, (lon, lat) => this.communeAt(lon, lat));
    for (const s of base.stations) this.countStation(s, 1);
    for (const site of stats.sites) this.countSite(site, 1);
    for (const v of this.villageList) this.provinceSums.add(v);
    base.villages.forEach((v, i) => push(this.villagesByCommune, v.communeCode, i));
    base.communes.forEach((c, i) => push(this.communesByCode, c.code, i));
  }

  get thresholdPct(): number {
    return this.threshold;
  }

  get stations(): readonly Station[] {
    return this.stationList;
  }

  get sites(): readonly Site[] {
    return this.siteTracker.sites;
  }

  get villages(): readonly VillageStats[] {
    return this.villageList;
  }

  get province(): AreaStats {
    return this.provinceStats;
  }

  /** The figures now, in `computeStats`'s form (the arrays are copies). */
  stats(): StatsResult {
    return {
      thresholdPct: this.threshold,
      colocateM: this.colocateM,
      fibreSource: this.fibreSource,
      villages: [...this.villageList],
      communes: [...this.communeList],
      province: this.provinceStats,
      sites: [...this.siteTracker.sites],
    };
  }

  /** The data set with the stations as edited. */
  dataset(): Dataset {
    return { ...this.base, stations: [...this.stationList] };
  }

  station(key: string): Station | undefined {
    return this.siteTracker.station(key);
  }

  siteById(id: string): Site | undefined {
    return this.siteTracker.siteById(id);
  }

  /** How far a station's coverage of `tech` reaches, metres, as the engine shapes it. */
  reachM(station: Station, tech: MeasuredTech): number {
    return this.coverage.reach(station, tech);
  }

  /** The villages whose box meets `box` (`[west, south, east, north]`, degrees). */
  villagesMeeting(box: [number, number, number, number]): number[] {
    return this.coverage.villagesMeeting(box);
  }

  /** `[west, south, east, north]` of village `i`, degrees. */
  villageBox(i: number): [number, number, number, number] {
    return this.coverage.villageBox(i);
  }

  /** Re-classifies every village at a new threshold (percent) and rolls up again; nothing is measured. */
  setThreshold(thresholdPct: number): void {
    this.threshold = thresholdPct;
    for (let i = 0; i < this.villageList.length; i++) {
      const v = this.villageList[i]!;
      this.villageList[i] = { ...v, covered: coveredAt(v.pct, thresholdPct) };
    }
    for (const code of this.communesByCode.keys()) this.rollUpCommune(code);
    this.provinceSums = new RollUpSums();
    for (const v of this.villageList) this.provinceSums.add(v);
    this.rollUpProvince();
  }

  /** Applies an edit; the undo stack gets its inverse and the redo stack empties. */
  apply(edit: StationEdit): EditOutcome {
    const change = this.resolve(edit);
    if ('error' in change) return { ok: false, error: change.error };
    this.redoStack.length = 0;
    this.undoStack.push(change);
    return { ok: true, result: this.perform(change) };
  }

  get canUndo(): boolean {
    return this.undoStack.length > 0;
  }

  get canRedo(): boolean {
    return this.redoStack.length > 0;
  }

  /** The changes applied and not undone, oldest first. */
  get history(): readonly StationChange[] {
    return this.undoStack;
  }

  undo(): EditResult | null {
    const change = this.undoStack.pop();
    if (!change) return null;
    this.redoStack.push(change);
    return this.perform(invertChange(change));
  }

  redo(): EditResult | null {
    const change = this.redoStack.pop();
    if (!change) return null;
    this.undoStack.push(change);
    return this.perform(change);
  }

  /**
   * The villages' new shares for `techs` if `old` became `next`, without changing anything: what the siting
   * optimiser asks of each candidate.
   */
  preview(old: Station | null, next: Station | null, techs: readonly MeasuredTech[]): Remeasured[] {
    return this.coverage.remeasure(old, next, techs, false);
  }

  private resolve(edit: StationEdit): StationChange | { error: string } {
    const find = (key: string) => {
      const old = this.siteTracker.station(key);
      return old ? { old, index: this.stationList.indexOf(old) } : null;
    };
    switch (edit.kind) {
      case 'add': {
        const key = stationKey(edit.station);
        if (this.siteTracker.station(key)) return { error: `Station ${key} exists already.` };
        if (!validPosition(edit.station.lon, edit.station.lat)) return { error: `Station ${key} has no valid position.` };
        return { index: this.stationList.length, old: null, next: edit.station };
      }
      case 'remove': {
        const found = find(edit.key);
        return found ? { index: found.index, old: found.old, next: null } : { error: `No station ${edit.key}.` };
      }
      case 'move': {
        const found = find(edit.key);
        if (!found) return { error: `No station ${edit.key}.` };
        if (!validPosition(edit.lon, edit.lat)) return { error: `Station ${edit.key} cannot move to ${edit.lon}, ${edit.lat}.` };
        return { index: found.index, old: found.old, next: { ...found.old, lon: edit.lon, lat: edit.lat } };
      }
      case 'colocate': {
        const site = this.siteTracker.siteById(edit.siteId);
        if (!site) return { error: `No site ${edit.siteId}.` };
        const key = stationKey(edit.station);
        if (this.siteTracker.station(key)) return { error: `Station ${key} exists already.` };
        const anchor = this.siteTracker.station(site.stationIds[0]!)!;
        const placed = { ...edit.station, lon: anchor.lon, lat: anchor.lat, towerId: anchor.towerId ?? edit.station.towerId };
        return { index: this.stationList.length, old: null, next: placed };
      }
    }
  }

  private perform(change: StationChange): EditResult {
    const { old, next } = change;
    const sharingPctBefore = this.provinceStats.sharingPct;
    const measuredBefore = this.radioMeasured();
    if (old) this.stationList.splice(change.index, 1);
    if (next) this.stationList.splice(change.index, 0, next);
    const measuredAfter = this.radioMeasured();
    const techs = MEASURED_TECHS.filter((t) => old?.techs.includes(t) || next?.techs.includes(t));
    const remeasured = this.coverage.remeasure(old, next, techs, true);
    const effect: EditEffect = { peopleGained: zeroByKey(), villagesGained: zeroByKey(), sharingPctBefore, sharingPctAfter: null };
    const communes = new Set<string | null>();
    const villages: VillageStats[] = [];
    const update = (village: number, pct: readonly (number | null)[] | null) => {
      const before = this.villageList[village]!;
      const after = { ...before.pct };
      MEASURED_TECHS.forEach((tech, k) => {
        // The first station gives every village a share (0 where it does not reach); the last one taken away, none.
        if (!measuredAfter) after[tech] = null;
        else if (pct?.[k] != null) after[tech] = pct[k]!;
        else if (!measuredBefore) after[tech] = 0;
      });
      const v = { ...before, pct: after, covered: coveredAt(after, this.threshold) };
      this.villageList[village] = v;
      this.provinceSums.add(before, -1);
      this.provinceSums.add(v);
      villages.push(v);
      communes.add(v.communeCode);
      for (const key of COVERAGE_KEYS) {
        effect.peopleGained[key] += (v.population * ((v.pct[key] ?? 0) - (before.pct[key] ?? 0))) / 100;
        effect.villagesGained[key] += Number(v.covered[key] ?? false) - Number(before.covered[key] ?? false);
      }
    };
    if (measuredBefore === measuredAfter) {
      for (const { village, pct } of remeasured) update(village, pct);
    } else {
      const byVillage = new Map(remeasured.map((r) => [r.village, r.pct]));
      for (let i = 0; i < this.villageList.length; i++) update(i, byVillage.get(i) ?? null);
    }
    if (old) communes.add(this.countStation(old, -1));
    if (next) communes.add(this.countStation(next, 1));
    const sites = this.siteTracker.change(old, next);
    for (const site of sites.removed) communes.add(this.countSite(site, -1));
    for (const site of sites.added) communes.add(this.countSite(site, 1));
    const changedCommunes: CommuneStats[] = [];
    for (const code of communes) if (code !== null) changedCommunes.push(...this.rollUpCommune(code));
    this.rollUpProvince();
    effect.sharingPctAfter = this.provinceStats.sharingPct;
    return { change, effect, villages, communes: changedCommunes, province: this.provinceStats, sites };
  }

  /** Whether 4G/5G/6G are measured at all: with no station and no coverage area they have no data (`computeStats`). */
  private radioMeasured(): boolean {
    return this.stationList.length > 0 || this.base.coverage.length > 0;
  }

  private communeAt(lon: number, lat: number): string | null {
    const c = this.communeLocator.locate(lon, lat);
    return c === -1 ? null : this.base.communes[c]!.code;
  }

  /** Counts a station in (+1) or out (-1) of the commune it stands in; returns that commune's code. */
  private countStation(station: Station, delta: 1 | -1): string | null {
    let code = this.stationCommune.get(station);
    if (code === undefined) this.stationCommune.set(station, (code = this.communeAt(station.lon, station.lat)));
    this.stationCount.set(code, (this.stationCount.get(code) ?? 0) + delta);
    return code;
  }

  /** Counts a site in (+1) or out (-1) of its commune and the province; returns its commune's code. */
  private countSite(site: Site, delta: 1 | -1): string | null {
    let set = this.sitesByCommune.get(site.communeCode);
    if (!set) this.sitesByCommune.set(site.communeCode, (set = new Set()));
    if (delta > 0) set.add(site);
    else set.delete(site);
    this.siteCount += delta;
    if (isShared(site)) this.sharedSiteCount += delta;
    return site.communeCode;
  }

  private rollUpCommune(code: string): CommuneStats[] {
    const indices = this.communesByCode.get(code);
    if (!indices) return [];
    const villages = (this.villagesByCommune.get(code) ?? []).map((i) => this.villageList[i]!);
    const figures = rollUp(villages, this.stationCount.get(code) ?? 0, [...(this.sitesByCommune.get(code) ?? [])]);
    return indices.map((i) => {
      const c = this.base.communes[i]!;
      return (this.communeList[i] = { code: c.code, name: c.name, ...figures });
    });
  }

  private rollUpProvince(): void {
    this.provinceStats = finishRollUp(this.provinceSums, this.stationList.length, this.siteCount, this.sharedSiteCount);
  }
}

function validPosition(lon: number, lat: number): boolean {
  return Number.isFinite(lon) && Number.isFinite(lat) && Math.abs(lon) <= 180 && Math.abs(lat) <= 90;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
