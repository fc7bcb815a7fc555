import { DEFINITIONS } from '../definitions.ts';
import type { LayerWarnings } from '../import/crossCheckLayers.ts';
import type { Dataset } from '../model.ts';
import { describeRadioModel } from '../radio/describeModel.ts';
import type { RadioModel } from '../radio/radioModel.ts';
import { COVERAGE_KEYS, type AreaStats, type CommuneStats, type StatsResult, type VillageStats } from '../stats/statsTypes.ts';
import { evaluatePlan } from '../targets/evaluatePlan.ts';
import type { ManualValue } from '../targets/manualValues.ts';
import type { Plan } from '../targets/plan.ts';
import { toMeasuredFigures } from '../targets/toMeasuredFigures.ts';
import { toSummaryTargets } from '../targets/toSummaryTargets.ts';
import { roundRow, type ExportColumn, type ExportTable } from './exportTable.ts';
import { AREA_STATS_COLUMNS, areaStatsRow, DECIMALS, perTechColumns, techKey, VILLAGE_PCT_HEADERS } from './figureColumns.ts';

/**
 * The columns of the engine's figures as the command line writes them (villages.csv, communes.csv,
 * summary.json) and the server answers them (`GET /api/stats`): one definition of each column for both, with its
 * headers for people and the decimals it is rounded to.
 */

const THRESHOLD: ExportColumn = { key: 'threshold_pct', vi: 'Ngưỡng phủ sóng (%)', en: 'Coverage threshold (%)', decimals: DECIMALS.pct };

const VILLAGE_STATS_COLUMNS: ExportColumn[] = [
  { key: 'village_id', vi: 'Mã thôn', en: 'Village id' },
  { key: 'name', vi: 'Tên thôn', en: 'Village' },
  { key: 'commune_id', vi: 'Mã xã', en: 'Commune code' },
  { key: 'population', vi: 'Dân số', en: 'Population', decimals: DECIMALS.count },
  { key: 'area_km2', vi: 'Diện tích (km²)', en: 'Area (km²)', decimals: DECIMALS.km2 },
  ...perTechColumns(techKey('pct_'), VILLAGE_PCT_HEADERS.vi, VILLAGE_PCT_HEADERS.en, DECIMALS.pct),
  ...perTechColumns(techKey('covered_'), (t) => `Đạt ngưỡng ${t}`, (t) => `Covered, ${t}`, DECIMALS.count),
  { key: 'weighting', vi: 'Trọng số', en: 'Weighting' },
  THRESHOLD,
];

const AREA_COLUMNS: ExportColumn[] = [
  { key: 'villages', vi: 'Số thôn', en: 'Villages', decimals: DECIMALS.count },
  { key: 'population', vi: 'Dân số', en: 'Population', decimals: DECIMALS.count },
  ...AREA_STATS_COLUMNS,
];

const COMMUNE_STATS_COLUMNS: ExportColumn[] = [
  { key: 'commune_id', vi: 'Mã xã', en: 'Commune code' },
  { key: 'name', vi: 'Xã/phường', en: 'Commune' },
  ...AREA_COLUMNS,
  THRESHOLD,
];

/** A row of villages.csv, rounded; covered as 1 or 0. */
export function villageColumns(v: VillageStats, thresholdPct: number) {
  return roundRow(VILLAGE_STATS_COLUMNS, {
    village_id: v.id,
    name: v.name,
    commune_id: v.communeCode,
    population: v.population,
    area_km2: v.areaKm2,
    ...Object.fromEntries(COVERAGE_KEYS.map((k) => [techKey('pct_')(k), v.pct[k]])),
    ...Object.fromEntries(COVERAGE_KEYS.map((k) => [techKey('covered_')(k), v.covered[k] === null ? null : v.covered[k] ? 1 : 0])),
    weighting: v.weighting,
    threshold_pct: thresholdPct,
  });
}

/** The figures communes.csv and summary.json both give for an area (a commune, or the province), rounded. */
export function areaColumns(a: AreaStats) {
  return roundRow(AREA_COLUMNS, { villages: a.villages, population: a.population, ...areaStatsRow(a) });
}

/** A row of communes.csv, rounded. */
export function communeColumns(c: CommuneStats, thresholdPct: number) {
  return { commune_id: c.code, name: c.name, ...areaColumns(c), threshold_pct: thresholdPct };
}

/** villages.csv of the command line: the engine's figures of each village. */
export function villageStatsTable(stats: StatsResult): ExportTable {
  return { columns: VILLAGE_STATS_COLUMNS, rows: stats.villages.map((v) => villageColumns(v, stats.thresholdPct)) };
}

/** communes.csv of the command line, with `extra` rows (the "no commune" line) after the communes. */
export function communeStatsTable(stats: StatsResult, extra: ReturnType<typeof communeColumns>[] = []): ExportTable {
  return { columns: COMMUNE_STATS_COLUMNS, rows: [...stats.communes.map((c) => communeColumns(c, stats.thresholdPct)), ...extra] };
}

/**
 * summary.json: the province, what the layers say about each other, the province's figures (null where there is no
 * data), the targets of `plan` (none without one) evaluated on the day `asOf` (YYYY-MM-DD) with their status, and
 * the definitions of the figures, the same the app shows beside them.
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
    province: { code: dataset.province.code, name: dataset.province.name },
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
    definitions: Object.fromEntries(Object.entries(DEFINITIONS).map(([id, d]) => [id, d.en])),
    radio_model: describeRadioModel(radio.model, radio.source),
    ...(measured.speeds !== undefined ? { speeds: measured.speeds } : {}),
  };
}
