import { COVERAGE_KEYS, type StatsResult } from '../stats/statsTypes.ts';
import type { ExportColumn, ExportTable } from './exportTable.ts';
import { AREA_STATS_COLUMNS, areaStatsRow, DECIMALS, perTechColumns, techKey, VILLAGE_PCT_HEADERS } from './figureColumns.ts';

const THRESHOLD: ExportColumn = { key: 'threshold_pct', vi: 'Ngưỡng phủ sóng (%)', en: 'Coverage threshold (%)', decimals: DECIMALS.pct };

const VILLAGE_STATS_COLUMNS: ExportColumn[] = [
  { key: 'village_id', vi: 'Mã thôn', en: 'Village id' },
  { key: 'name', vi: 'Tên thôn', en: 'Village' },
  { key: 'commune_id', vi: 'Mã xã', en: 'Commune code' },
  { key: 'population', vi: 'Dân số', en: 'Population', decimals: DECIMALS.count },
  { key: 'area_km2', vi: 'Diện tích (km²)', en: 'Area (km²)', decimals: DECIMALS.km2 },
  ...perTechColumns(techKey('pct_'), VILLAGE_PCT_HEADERS.vi, VILLAGE_PCT_HEADERS.en, DECIMALS.pct),
  ...perTechColumns(techKey('covered_'), (t) => `Đạt ngưỡng ${t}`, (t) => `Covered, ${t}`),
  { key: 'weighting', vi: 'Trọng số', en: 'Weighting' },
  THRESHOLD,
];

/** `villages.csv` of the command line: the engine's figures of each village. Does not mutate `stats`. */
export function villageStatsTable(stats: StatsResult): ExportTable {
  return {
    columns: VILLAGE_STATS_COLUMNS,
    rows: stats.villages.map((v) => ({
      village_id: v.id,
      name: v.name,
      commune_id: v.communeCode,
      population: v.population,
      area_km2: v.areaKm2,
      ...Object.fromEntries(COVERAGE_KEYS.map((k) => [techKey('pct_')(k), v.pct[k]])),
      ...Object.fromEntries(COVERAGE_KEYS.map((k) => [techKey('covered_')(k), v.covered[k]])),
      weighting: v.weighting,
      threshold_pct: stats.thresholdPct,
    })),
  };
}

const COMMUNE_STATS_COLUMNS: ExportColumn[] = [
  { key: 'commune_id', vi: 'Mã xã', en: 'Commune code' },
  { key: 'name', vi: 'Xã/phường', en: 'Commune' },
  { key: 'villages', vi: 'Số thôn', en: 'Villages', decimals: DECIMALS.count },
  { key: 'population', vi: 'Dân số', en: 'Population', decimals: DECIMALS.count },
  ...AREA_STATS_COLUMNS,
  THRESHOLD,
];

/** `communes.csv` of the command line: the engine's figures of each commune. Does not mutate `stats`. */
export function communeStatsTable(stats: StatsResult): ExportTable {
  return {
    columns: COMMUNE_STATS_COLUMNS,
    rows: stats.communes.map((c) => ({
      commune_id: c.code,
      name: c.name,
      villages: c.villages,
      population: c.population,
      ...areaStatsRow(c),
      threshold_pct: stats.thresholdPct,
    })),
  };
}
