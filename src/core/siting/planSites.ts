import type { ShapeProvider } from '../coverage/shapeProvider.ts';
import { roundDegrees } from '../export/roundCoordinates.ts';
import { degreesSpan } from '../geometry/distance.ts';
import { MEASURED_TECHS, type Dataset, type MeasuredTech, type Site, type Station } from '../model.ts';
import { DEFAULT_RADIO_MODEL } from '../radio/radioModel.ts';
import { createRadioShapeProvider } from '../radio/radioShapeProvider.ts';
import type { AreaStats, StatsResult, VillageStats } from '../stats/statsTypes.ts';
import { reachBox, type Box } from '../whatif/reachIndex.ts';
import { WhatIfSession } from '../whatif/whatIfSession.ts';
import { gridPointsIn, type GridPoint } from './gridCandidates.ts';
import { lazyGreedy } from './lazyGreedy.ts';
import { createIdAllocator, proposedStation, SHARED_OPERATOR } from './proposedStation.ts';

export interface PlanOptions {
  tech: MeasuredTech;
  /** Plan for this operator's coverage, proposing its stations; without it, for coverage by any operator. */
  operator?: string;
  /** Existing sites to put the operator on (or the technology, without an operator), at most. */
  colocations: number;
  /** New sites, at most, after the co-locations. */
  newSites: number;
  /** Radius of every proposed station for `tech`; without it the provider shapes them (the radio model by default). */
  radiusM?: number;
  /** Spacing of the new-site grid, metres; default half the reach of a proposed station, within 100-2,000 m. */
  gridM?: number;
  /** False to propose new sites only at `drawnSites`. Default true. */
  grid?: boolean;
  /** New-site candidates a planner drew, besides the grid's. */
  drawnSites?: readonly GridPoint[];
  /** A chosen grid point is moved by steps halving from half the spacing down to this, metres, while it gains. */
  refineToM?: number;
  thresholdPct?: number;
  colocateM?: number;
  /** How stations are shaped, as `stats` shapes them; default: the radio model with its defaults. */
  provider?: ShapeProvider;
  /** Told the actions taken out of the budget, after measuring (0) and after each action. */
  onProgress?: (done: number, total: number) => void;
}

export type PlanActionKind = 'colocate' | 'new_site';

export interface PlanAction {
  rank: number;
  action: PlanActionKind;
  station: Station;
  /** The existing site joined, or the new site's tower id. */
  site: string;
  /** People (population-weighted covered share) newly covered for the demand, as the engine measures it. */
  peopleGained: number;
  /** Villages newly reaching the threshold. */
  villagesGained: number;
  /** The demand's covered share of the province after this action, percent. */
  coveredPctAfter: number;
}

export interface SitePlan {
  tech: MeasuredTech;
  operator: string | null;
  gridM: number;
  candidates: { colocate: number; newSite: number };
  actions: PlanAction[];
  /** The province as the demand counts it (one operator's coverage, or any operator's), before and after. */
  demandBefore: AreaStats;
  demandAfter: AreaStats;
  /** The figures of all operators together, as `stats` gives them, before and after. */
  before: StatsResult;
  after: StatsResult;
  /** The input stations (positions rounded as the export writes them) and the proposed ones after them. */
  stationsAfter: Station[];
}

const DEFAULT_REFINE_TO_M = 50;

/**
 * Where the next stations should go: co-locations first (the operator, or the technology, put on existing sites
 * that lack it), then new sites on a grid over the villages not fully covered, each chosen by lazy greedy (CELF)
 * on the people it newly covers, every gain measured by the engine's own incremental figures (`WhatIfSession`),
 * so what is claimed is what `stats` shows on the stations after. A chosen grid point is moved to a better place
 * nearby by halving steps. Does not mutate `dataset`.
 */
export function planSites(dataset: Dataset, options: PlanOptions): SitePlan {
  const { tech, operator } = options;
  const k = MEASURED_TECHS.indexOf(tech);
  // Rounded as the export writes them: the claimed gains are then what `stats` finds in the exported file.
  const stations = dataset.stations.map((s) => ({ ...s, lon: roundDegrees(s.lon), lat: roundDegrees(s.lat) }));
  const base = { ...dataset, stations };
  // One provider for both sessions: the demand's stations are the full set's, shaped alike.
  const provider = options.provider ?? createRadioShapeProvider(DEFAULT_RADIO_MODEL, dataset.communes);
  const sessionOptions = { thresholdPct: options.thresholdPct, colocateM: options.colocateM, provider };
  const full = new WhatIfSession(base, sessionOptions);
  const demand =
    operator === undefined
      ? full
      : new WhatIfSession({ ...base, stations: stations.filter((s) => s.operator === operator), coverage: dataset.coverage.filter((c) => c.operator === operator) }, sessionOptions);
  const before = full.stats();
  const demandBefore = demand.province;
  const byPeople = demandBefore.population > 0;
  const weight = (v: VillageStats) => (byPeople ? v.population : v.areaKm2);
  const nextId = createIdAllocator(stations);
  const proposedOperator = operator ?? SHARED_OPERATOR;
  const budget = options.colocations + options.newSites;
  options.onProgress?.(0, budget);

  const gainOf = (station: Station) => {
    let gain = 0;
    for (const r of demand.preview(null, station, [tech])) {
      const v = demand.villages[r.village]!;
      gain += (weight(v) * (r.pct[k]! - (v.pct[tech] ?? 0))) / 100;
    }
    return gain;
  };
  const boundOf = (station: Station) => {
    const reach = demand.reachM(station, tech);
    if (!(reach > 0)) return 0;
    let bound = 0;
    for (const i of demand.villagesMeeting(reachBox(station.lon, station.lat, reach))) {
      const v = demand.villages[i]!;
      bound += (weight(v) * (100 - (v.pct[tech] ?? 0))) / 100;
    }
    return bound;
  };
  const actions: PlanAction[] = [];
  const take = (station: Station, action: PlanActionKind, site: string) => {
    for (const session of new Set([demand, full])) {
      const outcome = session.apply({ kind: 'add', station });
      if (!outcome.ok) throw new Error(outcome.error);
      if (session === demand) {
        const { effect } = outcome.result;
        actions.push({ rank: actions.length + 1, action, station, site, peopleGained: effect.peopleGained[tech], villagesGained: effect.villagesGained[tech], coveredPctAfter: demand.province.pct[tech] ?? 0 });
      }
    }
    options.onProgress?.(actions.length, budget);
  };

  const sites = full.sites.filter((site) =>
    operator !== undefined ? !site.operators.includes(operator) : !site.stationIds.some((key) => full.station(key)!.techs.includes(tech)),
  );
  const colocations = sites.map((site) => ({ site, station: colocatedStation(site, full, proposedOperator, tech, options.radiusM) }));
  lazyGreedy({
    candidates: colocations,
    budget: options.colocations,
    bound: (c) => boundOf(c.station),
    gain: (c) => gainOf(c.station),
    take: (c, gain) => {
      take({ ...c.station, id: nextId() }, 'colocate', c.site.id);
      return gain;
    },
  });

  const at = (lon: number, lat: number) =>
    proposedStation({ id: 'candidate', operator: proposedOperator, tech, lon, lat, towerId: null, heightM: null, radiusM: options.radiusM });
  const gaps: Box[] = [];
  let smallestReach = Infinity;
  demand.villages.forEach((v, i) => {
    if (!(weight(v) > 0) || (v.pct[tech] ?? 0) >= 100) return;
    const [w, s, e, n] = demand.villageBox(i);
    const reach = demand.reachM(at((w + e) / 2, (s + n) / 2), tech);
    if (!(reach > 0)) return;
    smallestReach = Math.min(smallestReach, reach);
    const { dLat, dLon } = degreesSpan(reach, Math.max(Math.abs(s), Math.abs(n)));
    gaps.push([w - dLon, s - dLat, e + dLon, n + dLat]);
  });
  const gridM = options.gridM ?? (Number.isFinite(smallestReach) ? Math.min(2000, Math.max(100, Math.round(smallestReach / 2))) : 1000);
  const refineToM = options.refineToM ?? DEFAULT_REFINE_TO_M;
  const centre = gaps.length > 0 ? [(gaps[0]![0] + gaps[0]![2]) / 2, (gaps[0]![1] + gaps[0]![3]) / 2] : [0, 0];
  const gridPoints = options.newSites > 0 && options.grid !== false ? gridPointsIn(gaps, gridM, centre[0]!, centre[1]!) : [];
  const points = [...(options.drawnSites ?? []), ...gridPoints].map((p) => at(p.lon, p.lat));
  lazyGreedy({
    candidates: points,
    budget: options.newSites,
    bound: boundOf,
    gain: gainOf,
    take: (point, gain) => {
      const better = refine(point, gain, gridM / 2, refineToM, gainOf, at);
      const id = nextId();
      take({ ...better.station, id, towerId: id }, 'new_site', id);
      return better.gain;
    },
  });

  return {
    tech,
    operator: operator ?? null,
    gridM,
    candidates: { colocate: colocations.length, newSite: points.length },
    actions,
    demandBefore,
    demandAfter: demand.province,
    before,
    after: full.stats(),
    stationsAfter: [...full.stations],
  };
}

/** The station `operator` would put on `site`: on the tower of its first station, at its height, carrying `tech` only. */
function colocatedStation(site: Site, session: WhatIfSession, operator: string, tech: MeasuredTech, radiusM: number | undefined): Station {
  const anchor = session.station(site.stationIds[0]!)!;
  return proposedStation({ id: 'candidate', operator, tech, lon: anchor.lon, lat: anchor.lat, towerId: anchor.towerId, heightM: anchor.heightM, radiusM });
}

/**
 * Moves `station` to the best of its eight neighbours `step` metres away while that gains more, halving the step
 * when none does, down to `minStep`.
 */
function refine(
  station: Station,
  gain: number,
  step: number,
  minStep: number,
  gainOf: (s: Station) => number,
  at: (lon: number, lat: number) => Station,
): { station: Station; gain: number } {
  let best = { station, gain };
  while (step >= minStep) {
    const { dLat, dLon } = degreesSpan(step, best.station.lat);
    let next = best;
    for (const [dx, dy] of [[1, 0], [1, 1], [0, 1], [-1, 1], [-1, 0], [-1, -1], [0, -1], [1, -1]] as const) {
      const candidate = at(best.station.lon + dx * dLon, best.station.lat + dy * dLat);
      const g = gainOf(candidate);
      // A gain counts only beyond rounding, so the walk ends.
      if (g > next.gain + 1e-9 * Math.max(1, next.gain)) next = { station: candidate, gain: g };
    }
    if (next === best) step /= 2;
    else best = next;
  }
  return best;
}
