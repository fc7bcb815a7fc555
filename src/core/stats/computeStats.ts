import { buildFibreLayer, buildTechLayer } from '../coverage/buildCoverageLayer.ts';
import type { CoverageLayer } from '../coverage/coverageLayer.ts';
import type { ShapeProvider } from '../coverage/shapeProvider.ts';
import { MEASURED_TECHS, type Dataset } from '../model.ts';
import { DEFAULT_RADIO_MODEL } from '../radio/radioModel.ts';
import { createRadioShapeProvider } from '../radio/radioShapeProvider.ts';
import { DEFAULT_COLOCATE_M, groupSites } from '../sites/groupSites.ts';
import { AreaLocator } from './areaLocator.ts';
import { assignPoints } from './assignPoints.ts';
import { measureVillageShares } from './measureVillageShares.ts';
import { rollUp } from './rollUp.ts';
import { COVERAGE_KEYS, coveredAt, DEFAULT_THRESHOLD_PCT, type CoverageKey, type StatsResult, type VillageStats } from './statsTypes.ts';

export interface StatsOptions {
  /** A village counts as covered at this share, percent. Default 95. */
  thresholdPct?: number;
  /** Co-location distance for grouping stations into sites, metres. Default 30. */
  colocateM?: number;
  /** How a station's coverage is shaped; default: the radio model with its defaults (`core/radio`). */
  provider?: ShapeProvider;
  /** Called after each village, and once at the start with `done` 0. */
  onProgress?: (done: number, total: number) => void;
}

/**
 * Coverage per village, commune and province for 4G, 5G, 6G and fibre, and BTS site sharing. Villages are
 * measured by exact scanlines (see `measureVillage`); population points, when loaded, weight each village's
 * share. Sites get the code of the commune they stand in. Does not mutate `dataset`.
 */
export function computeStats(dataset: Dataset, options: StatsOptions = {}): StatsResult {
  const thresholdPct = options.thresholdPct ?? DEFAULT_THRESHOLD_PCT;
  const colocateM = options.colocateM ?? DEFAULT_COLOCATE_M;
  const fibreLayer = buildFibreLayer(dataset.fibre);
  const provider = options.provider ?? createRadioShapeProvider(DEFAULT_RADIO_MODEL, dataset.communes);
  const layers: (CoverageLayer | null)[] = [
    ...MEASURED_TECHS.map((tech) => buildTechLayer(dataset.stations, dataset.coverage, tech, provider)),
    fibreLayer,
  ];
  const villagePoints = assignPoints(dataset);
  const total = dataset.villages.length;
  options.onProgress?.(0, total);

  const villages: VillageStats[] = dataset.villages.map((v, i) => {
    const m = measureVillageShares(v, layers, villagePoints[i]!);
    const pct = {} as Record<CoverageKey, number>;
    COVERAGE_KEYS.forEach((key, k) => {
      pct[key] = m.pct[k] ?? (v.fibre ? 100 : 0);
    });
    options.onProgress?.(i + 1, total);
    return { id: v.id, name: v.name, communeCode: v.communeCode, population: v.population, areaKm2: m.areaKm2, pct, covered: coveredAt(pct, thresholdPct), weighting: m.weighting };
  });

  const communeLocator = new AreaLocator(dataset.communes.map((c) => c.geometry));
  const sites = groupSites(dataset.stations, { colocateM }).map((s) => {
    const c = communeLocator.locate(s.lon, s.lat);
    return { ...s, communeCode: c === -1 ? null : dataset.communes[c]!.code };
  });
  const stationCommunes = dataset.stations.map((s) => {
    const c = communeLocator.locate(s.lon, s.lat);
    return c === -1 ? null : dataset.communes[c]!.code;
  });

  const villagesBy = groupBy(villages, (v) => v.communeCode);
  const sitesBy = groupBy(sites, (s) => s.communeCode);
  const stationsBy = groupBy(stationCommunes, (code) => code);
  const communes = dataset.communes.map((c) => ({
    code: c.code,
    name: c.name,
    ...rollUp(villagesBy.get(c.code) ?? [], stationsBy.get(c.code)?.length ?? 0, sitesBy.get(c.code) ?? []),
  }));
  return {
    thresholdPct,
    colocateM,
    fibreSource: fibreLayer ? 'layer' : 'flag',
    villages,
    communes,
    province: rollUp(villages, dataset.stations.length, sites),
    sites,
  };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string | null, T[]> {
  const out = new Map<string | null, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list) list.push(item);
    else out.set(k, [item]);
  }
  return out;
}
