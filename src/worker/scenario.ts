import type { FeatureCollection, Point } from 'geojson';
import { stationsToCsv } from '../core/export/stationsToCsv.ts';
import { MEASURED_TECHS, type Dataset, type Station } from '../core/model.ts';
import { stationKey } from '../core/sites/stationKey.ts';
import type { StationEdit, StationEditKind } from '../core/whatif/stationEdit.ts';
import { WhatIfSession, type EditEffect, type EditResult } from '../core/whatif/whatIfSession.ts';
import { toMeasuredFigures } from '../core/targets/toMeasuredFigures.ts';
import type { AppStats } from './runStats.ts';

/** One edit of the scenario as the page lists it: what was done to which station, and what it changed. */
export interface ScenarioEntry {
  kind: StationEditKind;
  /** The station's `stationKey`. */
  key: string;
  operator: string;
  lon: number;
  lat: number;
  effect: EditEffect;
}

/** How an edited station is marked on the map: as it stands now, or where it stood before its removal. */
export type MarkKind = 'added' | 'moved' | 'removed';
export interface MarkProps {
  key: string;
  operator: string;
  mark: MarkKind;
  /** How far its coverage of its first measured technology reaches, metres, as the engine shapes it (0: none). */
  reachM: number;
}

/** The scenario as the page shows it: its edits, whether undo and redo can run, and the edited stations. */
export interface ScenarioView {
  entries: ScenarioEntry[];
  canUndo: boolean;
  canRedo: boolean;
  marks: FeatureCollection<Point, MarkProps>;
}

/**
 * The what-if edits of one data set: a `WhatIfSession` and the list of its edits with their effects, kept beside
 * the session's own undo and redo stacks so the page can list them.
 */
export class Scenario {
  private readonly done: ScenarioEntry[] = [];
  private readonly undone: ScenarioEntry[] = [];
  private readonly baseStations: Map<string, Station>;

  constructor(
    readonly session: WhatIfSession,
    readonly base: Dataset,
  ) {
    this.baseStations = new Map(base.stations.map((s) => [stationKey(s), s]));
  }

  /** Applies `edit`, listed as `kind` (a plan's co-location is an addition on a site's tower, listed as what it is). */
  apply(edit: StationEdit, kind: StationEditKind = edit.kind): { ok: true; result: EditResult } | { ok: false; error: string } {
    const outcome = this.session.apply(edit);
    if (!outcome.ok) return outcome;
    const station = outcome.result.change.next ?? outcome.result.change.old!;
    this.done.push({ kind, key: stationKey(station), operator: station.operator, lon: station.lon, lat: station.lat, effect: outcome.result.effect });
    this.undone.length = 0;
    return outcome;
  }

  undo(): EditResult | null {
    const result = this.session.undo();
    if (result) this.undone.push(this.done.pop()!);
    return result;
  }

  redo(): EditResult | null {
    const result = this.session.redo();
    if (result) this.done.push(this.undone.pop()!);
    return result;
  }

  get edited(): boolean {
    return this.done.length > 0;
  }

  view(): ScenarioView {
    return { entries: [...this.done], canUndo: this.session.canUndo, canRedo: this.session.canRedo, marks: this.marks() };
  }

  /** The figures now at `thresholdPct`, as the page reads them: re-classified, not measured again. */
  statsAt(thresholdPct: number): AppStats {
    if (thresholdPct !== this.session.thresholdPct) this.session.setThreshold(thresholdPct);
    const stats = this.session.stats();
    const { thresholdPct: pct, colocateM, fibreSource, villages, communes, province } = stats;
    return { stats: { thresholdPct: pct, colocateM, fibreSource, villages, communes, province }, figures: toMeasuredFigures(stats, this.base) };
  }

  /** The stations as edited, in the import format (the `plan` command's `stations_after.csv`). */
  stationsCsv(): string {
    return stationsToCsv(this.session.stations);
  }

  private reach(station: Station): number {
    const tech = MEASURED_TECHS.find((t) => station.techs.includes(t));
    return tech ? this.session.reachM(station, tech) : 0;
  }

  /** Every station an edit touched, once: where it stands now, or (removed) where it stood in the data. */
  private marks(): FeatureCollection<Point, MarkProps> {
    const keys = new Set(this.done.map((e) => e.key));
    const features: FeatureCollection<Point, MarkProps>['features'] = [];
    for (const key of keys) {
      const now = this.session.station(key);
      const before = this.baseStations.get(key);
      const station = now ?? before;
      if (!station) continue;
      const mark: MarkKind = !now ? 'removed' : before ? 'moved' : 'added';
      if (mark === 'moved' && now!.lon === before!.lon && now!.lat === before!.lat) continue;
      features.push({
        type: 'Feature', id: features.length, geometry: { type: 'Point', coordinates: [station.lon, station.lat] },
        properties: { key, operator: station.operator, mark, reachM: now ? this.reach(now) : 0 },
      });
    }
    return { type: 'FeatureCollection', features };
  }
}
