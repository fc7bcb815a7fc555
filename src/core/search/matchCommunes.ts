import { foldVietnamese } from './foldVietnamese.ts';

export interface NamedCommune {
  code: string;
  name: string;
}

/** Prefixes a commune name may carry that users often leave out when they search. */
const TYPE_PREFIXES = ['xa ', 'phuong ', 'dac khu ', 'thi tran '];

function stripPrefix(folded: string): string {
  const prefix = TYPE_PREFIXES.find((p) => folded.startsWith(p));
  return prefix ? folded.slice(prefix.length) : folded;
}

/**
 * Communes whose name contains the query, ignoring diacritics, case and đ/Đ ("dai hai" finds "Xã Đại Hải"); a query
 * of digits also matches the start of the commune code. Best first: the name without its type word ("Xã",
 * "Phường") starting with the query, then any word starting with it, then anywhere; ties in Vietnamese name order.
 * At most `limit` results; an empty query matches nothing. Does not mutate `communes`.
 */
export function matchCommunes<C extends NamedCommune>(communes: readonly C[], query: string, limit = 10): C[] {
  const q = foldVietnamese(query);
  if (!q) return [];
  const byCode = /^\d+$/.test(q);
  const ranked: Array<{ commune: C; rank: number }> = [];
  for (const commune of communes) {
    const name = foldVietnamese(commune.name);
    const rank = stripPrefix(name).startsWith(q) || (byCode && commune.code.startsWith(q)) ? 0
      : name.startsWith(q) || name.includes(` ${q}`) ? 1
        : name.includes(q) ? 2
          : -1;
    if (rank >= 0) ranked.push({ commune, rank });
  }
  const collator = new Intl.Collator('vi');
  ranked.sort((a, b) => a.rank - b.rank || collator.compare(a.commune.name, b.commune.name));
  return ranked.slice(0, limit).map((r) => r.commune);
}
