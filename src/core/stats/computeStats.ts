import { buildFibreLayer, buildTechLayer } from '../coverage/buildCoverageLayer.ts';
import type { CoverageLayer } from '../coverage/coverageLayer.ts';
import type { ShapeProvider } from '../coverage/shapeProvider.ts';
import { MEASURED_TECHS, type Dataset, type Site } from '../model.ts';
import { DEFAULT_RADIO_MODEL } from '../radio/radioModel.ts';
import { createRadioShapeProvider } from '../radio/radioShapeProvider.ts';
import { DEFAULT_COLOCATE_M, groupSites } from '../sites/groupSites.ts';
import { AreaLocator } from './areaLocator.ts';
import { assignPoints } from './assignPoints.ts';
import { measureVillageShares } from './measureVillageShares.ts';
import { rollUp } from './rollUp.ts';
import {
  COVERAGE_KEYS, coveredAt, DEFAULT_THRESHOLD_PCT, type CoverageKey, type FibreSource, type StatsResult, type VillageStats,
} from './statsTypes.ts';

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

/** A village as measured, before any threshold: its shares and how they were weighted. */
export type MeasuredVillage = Omit<VillageStats, 'covered'>;

/**
 * What the engine measures of a data set, independent of the threshold: the per-village shares, the sites with
 * their commune and the commune of each station. `classifyStats` turns it into figures at a threshold in
 * milliseconds, so a threshold change does not measure again.
 */
export interface DatasetMeasurement {
  colocateM: number;
  fibreSource: FibreSource;
  villages: MeasuredVillage[];
  communes: { code: string; name: string }[];
  sites: Site[];
  /** The commune code each station stands in (null outside every commune), in station order. */
  stationCommunes: (string | null)[];
}

/**
 * Coverage per village, commune and province for 4G, 5G, 6G and fibre, and BTS site sharing. Villages are
 * measured by exact scanlines (see `measureVillage`); population points, when loaded, weight each village's
 * share. Sites get the code of the commune they stand in. Does not mutate `dataset`.
 */
export function computeStats(dataset: Dataset, options: StatsOptions = {}): StatsResult {
  return classifyStats(measureDataset(dataset, options), options.thresholdPct ?? DEFAULT_THRESHOLD_PCT);
}

/**
 * Measures every village of `dataset` for each coverage key. A technology has no data (null) when no stations
 * and no coverage areas are loaded; fibre has none for a village when no fibre layer is loaded and its own flag
 * is unknown. Does not mutate `dataset`.
 */
export function measureDataset(dataset: Dataset, options: Omit<StatsOptions, 'thresholdPct'> = {}): DatasetMeasurement {
  const colocateM = options.colocateM ?? DEFAULT_COLOCATE_M;
  const fibreLayer = buildFibreLayer(dataset.fibre);
  const radio = dataset.stations.length > 0 || dataset.coverage.length > 0;
  const provider = radio ? options.provider ?? createRadioShapeProvider(DEFAULT_RADIO_MODEL, dataset.communes) : null;
  const layers: (CoverageLayer | null)[] = [
    ...MEASURED_TECHS.map((tech) => (provider ? buildTechLayer(dataset.stations, dataset.coverage, tech, provider) : null)),
    fibreLayer,
  ];
  const villagePoints = assignPoints(dataset);
  const total = dataset.villages.length;
  options.onProgress?.(0, total);

  const villages: MeasuredVillage[] = dataset.villages.map((v, i) => {
    const m = measureVillageShares(v, layers, villagePoints[i]!);
    const pct = {} as Record<CoverageKey, number | null>;
    COVERAGE_KEYS.forEach((key, k) => {
      pct[key] = m.pct[k] ?? (key === 'fibre' && v.fibre !== null ? (v.fibre ? 100 : 0) : null);
    });
    options.onProgress?.(i + 1, total);
    return { id: v.id, name: v.name, communeCode: v.communeCode, population: v.population, areaKm2: m.areaKm2, pct, weighting: m.weighting };
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
  const flags = dataset.villages.some((v) => v.fibre !== null);
  return {
    colocateM,
    fibreSource: fibreLayer ? 'layer' : flags ? 'flag' : null,
    villages,
    communes: dataset.communes.map((c) => ({ code: c.code, name: c.name })),
    sites,
    stationCommunes,
  };
}

/** The figures of a measurement at `thresholdPct` (percent): covered flags and the roll-ups. Does not mutate it. */
export function classifyStats(m: DatasetMeasurement, thresholdPct: number): StatsResult {
  const villages: VillageStats[] = m.villages.map((v) => {
    return { ...v, covered: coveredAt(v.pct, thresholdPct) };
  });
  const villagesBy = groupBy(villages, (v) => v.communeCode);
  const sitesBy = groupBy(m.sites, (s) => s.communeCode);
  const stationsBy = groupBy(m.stationCommunes, (code) => code);
  const communes = m.communes.map((c) => ({
    code: c.code,
    name: c.name,
    ...rollUp(villagesBy.get(c.code) ?? [], stationsBy.get(c.code)?.length ?? 0, sitesBy.get(c.code) ?? []),
  }));
  return {
    thresholdPct,
    colocateM: m.colocateM,
    fibreSource: m.fibreSource,
    villages,
    communes,
    province: rollUp(villages, m.stationCommunes.length, m.sites),
    sites: m.sites,
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
