import type { LayerWarnings } from '../import/crossCheckLayers.ts';
import type { Dataset } from '../model.ts';
import { describeRadioModel } from '../radio/describeModel.ts';
import type { RadioModel } from '../radio/radioModel.ts';
import { COVERAGE_KEYS, type AreaStats, type CommuneStats, type CoverageKey, type StatsResult, type VillageStats } from '../stats/statsTypes.ts';
import { evaluatePlan } from '../targets/evaluatePlan.ts';
import type { ManualValue } from '../targets/manualValues.ts';
import type { Plan } from '../targets/plan.ts';
import { toMeasuredFigures } from '../targets/toMeasuredFigures.ts';
import { toSummaryTargets } from '../targets/toSummaryTargets.ts';

/**
 * The columns of the engine's figures as the command line writes them (villages.csv, communes.csv,
 * summary.json) and the server answers them (`GET /api/stats`): one definition of each column for both.
 */

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

/** One column per coverage key, in COVERAGE_KEYS order: `pct_4g` ... `pct_fibre`. */
function perKey<T>(prefix: string, values: Record<CoverageKey, T>, cell: (value: T) => number): Record<string, number> {
  return Object.fromEntries(COVERAGE_KEYS.map((key) => [`${prefix}${key.toLowerCase()}`, cell(values[key])]));
}

/** A row of villages.csv. */
export function villageColumns(v: VillageStats, thresholdPct: number) {
  return {
    village_id: v.id,
    name: v.name,
    commune_id: v.communeCode,
    population: v.population,
    area_km2: round(v.areaKm2, 4),
    ...perKey('pct_', v.pct, round),
    ...perKey('covered_', v.covered, (c) => (c ? 1 : 0)),
    weighting: v.weighting,
    threshold_pct: thresholdPct,
  };
}

/** The figures communes.csv and summary.json both give for an area (a commune, or the province). */
export function areaColumns(a: AreaStats) {
  return {
    villages: a.villages,
    population: a.population,
    area_km2: round(a.areaKm2, 3),
    ...perKey('pct_', a.pct, round),
    ...perKey('villages_covered_', a.villagesCovered, (n) => n),
    stations: a.stations,
    sites: a.sites,
    shared_sites: a.sharedSites,
    sharing_pct: round(a.sharingPct),
  };
}

/** A row of communes.csv. */
export function communeColumns(c: CommuneStats, thresholdPct: number) {
  return { commune_id: c.code, name: c.name, ...areaColumns(c), threshold_pct: thresholdPct };
}

/**
 * summary.json: what the layers say about each other, the province's figures, and the targets of `plan` (none
 * without one) evaluated on the day `asOf` (YYYY-MM-DD).
 */
export function summaryColumns(
  stats: StatsResult,
  dataset: Dataset,
  warnings: LayerWarnings,
  plan: Plan | null,
  asOf: string,
  radio: { model: RadioModel; source: string | null },
  measured: { values: readonly ManualValue[]; speeds?: unknown } = { values: [] },
) {
  const targets = plan ? toSummaryTargets(evaluatePlan(plan, toMeasuredFigures(stats, dataset), measured.values, asOf)) : [];
  return {
    layer_warnings: {
      villages_without_commune: warnings.counts.villagesWithoutCommune,
      villages_outside_commune: warnings.counts.villagesOutsideCommune,
      stations_outside_communes: warnings.counts.stationsOutsideCommunes,
    },
    threshold_pct: stats.thresholdPct,
    colocate_m: stats.colocateM,
    fibre_source: stats.fibreSource,
    communes: stats.communes.length,
    ...areaColumns(stats.province),
    plan: plan?.id ?? null,
    targets,
    radio_model: describeRadioModel(radio.model, radio.source),
    ...(measured.speeds !== undefined ? { speeds: measured.speeds } : {}),
  };
}
