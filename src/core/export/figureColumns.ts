import { COVERAGE_KEYS, type AreaStats, type CoverageKey } from '../stats/statsTypes.ts';
import type { ExportColumn } from './exportTable.ts';

/** Decimals of each kind of figure in every export: whole people and counts, percentages to 0.01, km² to 0.001. */
export const DECIMALS = { count: 0, pct: 2, km2: 3 } as const;

const TECH_LABELS: Record<CoverageKey, { vi: string; en: string }> = {
  '4G': { vi: '4G', en: '4G' },
  '5G': { vi: '5G', en: '5G' },
  '6G': { vi: '6G', en: '6G' },
  fibre: { vi: 'cáp quang', en: 'fibre' },
};

/** One column per coverage key, keyed by `key`, headed with the technology's name. */
export const perTechColumns = (
  key: (tech: CoverageKey) => string,
  vi: (tech: string) => string,
  en: (tech: string) => string,
  decimals?: number,
): ExportColumn[] =>
  COVERAGE_KEYS.map((tech) => ({ key: key(tech), vi: vi(TECH_LABELS[tech].vi), en: en(TECH_LABELS[tech].en), ...(decimals === undefined ? {} : { decimals }) }));

/** Key of a per-technology figure in the tables of measured figures: `pct_4g`, `villages_covered_fibre`. */
export const techKey = (prefix: string) => (tech: CoverageKey) => `${prefix}${tech.toLowerCase()}`;

/** A village's covered share per technology, as the engine measured it. */
export const VILLAGE_PCT_HEADERS = { vi: (t: string) => `Phủ ${t} (%)`, en: (t: string) => `${t} coverage (%)` };

/** The engine's figures of an area (a commune or the province) beyond its villages and people, in every export. */
export const AREA_STATS_COLUMNS: ExportColumn[] = [
  { key: 'area_km2', vi: 'Diện tích (km²)', en: 'Area (km²)', decimals: DECIMALS.km2 },
  ...perTechColumns(techKey('pct_'), (t) => `Phủ ${t} (% dân số)`, (t) => `${t} coverage (% of people)`, DECIMALS.pct),
  ...perTechColumns(techKey('villages_covered_'), (t) => `Thôn đạt ${t}`, (t) => `Villages covered, ${t}`, DECIMALS.count),
  { key: 'stations', vi: 'Số trạm', en: 'Stations', decimals: DECIMALS.count },
  { key: 'sites', vi: 'Số vị trí trạm', en: 'Sites', decimals: DECIMALS.count },
  { key: 'shared_sites', vi: 'Vị trí dùng chung', en: 'Shared sites', decimals: DECIMALS.count },
  { key: 'sharing_pct', vi: 'Tỷ lệ dùng chung (%)', en: 'Site sharing (%)', decimals: DECIMALS.pct },
];

/** The values of `AREA_STATS_COLUMNS` for an area. */
export function areaStatsRow(a: AreaStats): Record<string, number | null> {
  return {
    area_km2: a.areaKm2,
    ...Object.fromEntries(COVERAGE_KEYS.map((k) => [techKey('pct_')(k), a.pct[k]])),
    ...Object.fromEntries(COVERAGE_KEYS.map((k) => [techKey('villages_covered_')(k), a.villagesCovered[k]])),
    stations: a.stations,
    sites: a.sites,
    shared_sites: a.sharedSites,
    sharing_pct: a.sharingPct,
  };
}
