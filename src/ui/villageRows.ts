import type { CoverageKey, VillageStats } from '../core/stats/statsTypes.ts';

export interface VillageRow {
  id: string;
  name: string;
  communeCode: string;
  communeName: string;
  population: number;
  /** Null where there is no data (shown as "—", sorted last). */
  pct: Record<CoverageKey, number | null>;
}

export type SortKey = 'name' | 'communeName' | 'population' | CoverageKey;
export type SortDir = 'asc' | 'desc';

/** The engine's villages as table rows, with their commune's name. Does not mutate its input. */
export function villageRows(villages: readonly VillageStats[], communeNames: ReadonlyMap<string, string>): VillageRow[] {
  return villages.map((v) => ({
    id: v.id, name: v.name, communeCode: v.communeCode, communeName: communeNames.get(v.communeCode) ?? '',
    population: v.population, pct: v.pct,
  }));
}

const collator = new Intl.Collator('vi');

/**
 * The rows sorted by a column (names in Vietnamese order, numbers by value, villages without data last either
 * way); ties keep village-id order so the table never jumps. Returns a new array.
 */
export function sortVillageRows(rows: readonly VillageRow[], key: SortKey, dir: SortDir): VillageRow[] {
  const sign = dir === 'asc' ? 1 : -1;
  const value = (r: VillageRow): number | string | null =>
    key === 'name' || key === 'communeName' || key === 'population' ? r[key] : r.pct[key];
  return [...rows].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) return va === vb ? (a.id < b.id ? -1 : a.id > b.id ? 1 : 0) : va === null ? 1 : -1;
    const c = typeof va === 'string' ? collator.compare(va, vb as string) : va - (vb as number);
    return c !== 0 ? sign * c : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}
