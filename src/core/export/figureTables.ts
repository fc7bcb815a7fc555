import { DEFINITIONS, type DefinitionId } from '../definitions.ts';
import type { CommuneStats } from '../stats/statsTypes.ts';
import type { ExportColumn, ExportTable, ExportValue } from './exportTable.ts';
import { AREA_STATS_COLUMNS, areaStatsRow, DECIMALS, perTechColumns, VILLAGE_PCT_HEADERS } from './figureColumns.ts';

/** Properties of one village as the map holds them; figures added by other parts (e.g. coverage pct) are kept. */
export type VillageFigures = object;

const fields = (v: VillageFigures) => v as Record<string, unknown>;

const VILLAGE_COLUMNS: ExportColumn[] = [
  { key: 'id', vi: 'Mã thôn', en: 'Village id' },
  { key: 'name', vi: 'Tên thôn', en: 'Village' },
  { key: 'communeCode', vi: 'Mã xã', en: 'Commune code' },
  { key: 'communeName', vi: 'Xã/phường', en: 'Commune' },
  { key: 'population', vi: 'Dân số', en: 'Population', decimals: DECIMALS.count },
  { key: 'households', vi: 'Số hộ', en: 'Households', decimals: DECIMALS.count },
  { key: 'fibre', vi: 'Có cáp quang', en: 'Fibre' },
  { key: 'areaEstimated', vi: 'Ranh giới ước tính', en: 'Boundary estimated' },
];

/** The engine's per-village shares, as the map's village features carry them (`pct4G`...). */
const VILLAGE_PCT_COLUMNS = perTechColumns((tech) => `pct${tech}`, VILLAGE_PCT_HEADERS.vi, VILLAGE_PCT_HEADERS.en, DECIMALS.pct);

/** The definitions of the figures the tables carry: the same text the app shows beside them. */
const NOTE_IDS: DefinitionId[] = ['coverage', 'weighting', 'threshold', 'defaultRadius', 'fibreLayer', 'fibreFlag', 'sites', 'sharedSites'];
const NOTES = [
  { vi: 'Ô trống: không có dữ liệu (lớp cần cho số liệu đó chưa được nhập), không phải 0.', en: 'An empty cell: no data (the layer the figure needs was not imported), not 0.' },
  ...NOTE_IDS.map((id) => DEFINITIONS[id]),
];

const asValue = (v: unknown): ExportValue =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : v === null || v === undefined ? null : JSON.stringify(v);

/**
 * One row per village: the known columns with Vietnamese and English headers, then any further plain properties
 * (figures other parts add) under their own key. Does not mutate its input.
 */
export function villageFiguresTable(villages: readonly VillageFigures[]): ExportTable {
  const present = new Set(villages.flatMap((v) => Object.keys(v)));
  const pctColumns = VILLAGE_PCT_COLUMNS.filter((c) => present.has(c.key));
  const known = new Set([...VILLAGE_COLUMNS, ...VILLAGE_PCT_COLUMNS].map((c) => c.key));
  const extra = [...present].filter((k) => !known.has(k));
  const columns = [...VILLAGE_COLUMNS, ...pctColumns, ...extra.map((key) => ({ key, vi: key, en: key }))];
  const rows = villages.map((v) => Object.fromEntries(columns.map((c) => [c.key, asValue(fields(v)[c.key])])));
  return { columns, rows, notes: NOTES };
}

/** What `communeFiguresTable` sums from the village list. */
const COMMUNE_COLUMNS: ExportColumn[] = [
  { key: 'code', vi: 'Mã xã', en: 'Commune code' },
  { key: 'name', vi: 'Xã/phường', en: 'Commune' },
  { key: 'villages', vi: 'Số thôn', en: 'Villages', decimals: DECIMALS.count },
  { key: 'population', vi: 'Dân số', en: 'Population', decimals: DECIMALS.count },
  { key: 'households', vi: 'Số hộ', en: 'Households', decimals: DECIMALS.count },
];

/**
 * One row per commune (in the order given): villages, population and households summed over the villages whose
 * `communeCode` matches, and, where the engine has run (`stats`), its coverage and sharing figures (empty where
 * there is no data; villages with fibre are the engine's, one definition with the map's). Communes without
 * villages get zeros. Does not mutate its input.
 */
export function communeFiguresTable(
  communes: readonly { code: string; name: string }[],
  villages: readonly VillageFigures[],
  stats?: readonly CommuneStats[],
): ExportTable {
  const rows = new Map(communes.map((c) => [c.code, { code: c.code, name: c.name, villages: 0, population: 0, households: 0 }]));
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
  for (const village of villages) {
    const v = fields(village);
    const row = rows.get(String(v.communeCode));
    if (!row) continue;
    row.villages++;
    row.population += num(v.population);
    row.households += num(v.households);
  }
  if (!stats) return { columns: COMMUNE_COLUMNS, rows: [...rows.values()], notes: NOTES };
  const byCode = new Map(stats.map((c) => [c.code, areaStatsRow(c)]));
  return {
    columns: [...COMMUNE_COLUMNS, ...AREA_STATS_COLUMNS],
    rows: [...rows.values()].map((row) => ({ ...row, ...(byCode.get(row.code) ?? {}) })),
    notes: NOTES,
  };
}
