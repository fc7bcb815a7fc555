import Flatbush from 'flatbush';
import { buildAreaIndex, buildStationShapes } from '../coverage/buildCoverageLayer.ts';
import { CoverageLayer } from '../coverage/coverageLayer.ts';
import type { PolygonEdgeIndex } from '../coverage/polygonEdgeIndex.ts';
import type { ShapeProvider } from '../coverage/shapeProvider.ts';
import { areaBBox } from '../geometry/projectArea.ts';
import { MEASURED_TECHS, type CoverageArea, type MeasuredTech, type PopulationPoint, type Station, type Village } from '../model.ts';
import { measureReady, readyVillage, type ReadyVillage } from '../stats/measureVillageShares.ts';
import { ReachIndex, reachBox, type Box } from './reachIndex.ts';
import { ShapeCache, specsReachM } from './shapeCache.ts';

/** Villages kept prepared (about 2 KB each): all of a province, the neighbourhoods edited in a country. */
const READY_VILLAGES = 20_000;

/** New shares of one village after a station change: per `MEASURED_TECHS` entry, null where it was not measured again. */
export interface Remeasured {
  village: number;
  pct: (number | null)[];
}

export interface NearbyCoverageInput {
  villages: readonly Village[];
  /** The population points inside each village (`assignPoints`). */
  points: readonly (readonly PopulationPoint[])[];
  stations: readonly Station[];
  coverage: readonly CoverageArea[];
  provider: ShapeProvider;
  /** Reach (metres) per station and `MEASURED_TECHS` entry already known from a full measure; asked of the provider otherwise. */
  knownReach?: ReadonlyMap<Station, Float64Array>;
}

/**
 * What a station change can reach, measured again by the engine: the villages whose box meets the old or new
 * station's reach are measured by `measureVillageShares` with a layer of every station that reaches them, built
 * by the engine's own layer builder from the provider's shapes (cached). A village's measure depends only on the
 * shapes whose boxes meet its box, so its new share is the one a full computation on the edited stations gives.
 */
export class NearbyCoverage {
  private readonly villageIndex: Flatbush | null;
  private readonly villageBoxes: Box[];
  private readonly cache: ShapeCache;
  private readonly stationIndex: ReachIndex[];
  private readonly areaIndex: (PolygonEdgeIndex | null)[];
  private readonly replaced: Set<string>[];
  /** Villages prepared for measuring, the most recently used last; at most `READY_VILLAGES`. */
  private readonly ready = new Map<number, ReadyVillage>();

  constructor(private readonly input: NearbyCoverageInput) {
    this.cache = new ShapeCache(input.provider);
    this.villageBoxes = input.villages.map((v) => {
      if (v.geometry.type !== 'Point') return areaBBox(v.geometry);
      const [lon, lat] = v.geometry.coordinates as [number, number];
      return [lon, lat, lon, lat];
    });
    this.villageIndex = input.villages.length > 0 ? new Flatbush(input.villages.length) : null;
    if (this.villageIndex) {
      for (const b of this.villageBoxes) this.villageIndex.add(...b);
      this.villageIndex.finish();
    }
    this.replaced = MEASURED_TECHS.map((tech) => new Set(input.coverage.filter((c) => c.tech === tech).map((c) => c.operator)));
    this.areaIndex = MEASURED_TECHS.map((tech) => buildAreaIndex(input.coverage, tech));
    this.stationIndex = MEASURED_TECHS.map((tech) => new ReachIndex(input.stations, (s) => this.reach(s, tech)));
  }

  /** How far `station`'s shapes for `tech` reach, metres; 0 where the engine gives it none for `tech`. */
  reach(station: Station, tech: MeasuredTech): number {
    const k = MEASURED_TECHS.indexOf(tech);
    if (!station.techs.includes(tech) || this.replaced[k]!.has(station.operator)) return 0;
    return this.input.knownReach?.get(station)?.[k] ?? specsReachM(this.cache.get(station, tech));
  }

  /** The villages whose box meets `box`. */
  villagesMeeting(box: Box): number[] {
    return this.villageIndex ? this.villageIndex.search(...box) : [];
  }

  villageBox(i: number): Box {
    return this.villageBoxes[i]!;
  }

  /**
   * The villages `old` becoming `next` can change (either may be null: an addition, a removal), measured again
   * for those of `techs` the stations carry. With `commit` the change is recorded in the station index;
   * otherwise nothing changes (a preview, as the siting optimiser asks for each candidate).
   */
  remeasure(old: Station | null, next: Station | null, techs: readonly MeasuredTech[], commit: boolean): Remeasured[] {
    const layersOf = new Map<number, (CoverageLayer | null)[]>();
    for (const tech of techs) {
      const k = MEASURED_TECHS.indexOf(tech);
      const index = this.stationIndex[k]!;
      const oldReach = old ? this.reach(old, tech) : 0;
      const nextReach = next ? this.reach(next, tech) : 0;
      const boxes: Box[] = [];
      if (old && oldReach > 0) boxes.push(reachBox(old.lon, old.lat, oldReach));
      if (next && nextReach > 0) boxes.push(reachBox(next.lon, next.lat, nextReach));
      if (commit) {
        if (old && oldReach > 0) index.remove(old);
        if (next && nextReach > 0) index.add(next, boxes[boxes.length - 1]!);
      }
      const affected = new Set<number>();
      for (const b of boxes) for (const v of this.villagesMeeting(b)) affected.add(v);
      if (affected.size === 0) continue;
      const around: Box = [Infinity, Infinity, -Infinity, -Infinity];
      for (const v of affected) {
        const b = this.villageBoxes[v]!;
        around[0] = Math.min(around[0], b[0]);
        around[1] = Math.min(around[1], b[1]);
        around[2] = Math.max(around[2], b[2]);
        around[3] = Math.max(around[3], b[3]);
      }
      let stations = index.search(around);
      if (!commit) {
        if (old) stations = stations.filter((s) => s !== old);
        if (next && nextReach > 0) stations.push(next);
      }
      const layer = new CoverageLayer(buildStationShapes(stations, this.input.coverage, tech, this.cache.provider), this.areaIndex[k]!);
      for (const v of affected) {
        let layers = layersOf.get(v);
        if (!layers) layersOf.set(v, (layers = MEASURED_TECHS.map(() => null)));
        layers[k] = layer;
      }
    }
    const out: Remeasured[] = [];
    for (const [v, layers] of layersOf) {
      const m = measureReady(this.readyVillage(v), layers);
      out.push({ village: v, pct: m.pct });
    }
    return out;
  }

  private readyVillage(v: number): ReadyVillage {
    let ready = this.ready.get(v);
    if (ready) this.ready.delete(v);
    else ready = readyVillage(this.input.villages[v]!, this.input.points[v]!);
    this.ready.set(v, ready);
    if (this.ready.size > READY_VILLAGES) this.ready.delete(this.ready.keys().next().value!);
    return ready;
  }
}
