import { foldVietnamese } from '../search/foldVietnamese.ts';

/**
 * Folds a header for matching: `foldVietnamese` (lower case, diacritics removed, đ -> d), then everything but
 * letters and digits dropped, so "Mã trạm", "ma_tram" and "MA TRAM" all become "matram".
 */
export function normaliseHeader(header: string): string {
  return foldVietnamese(header).replace(/[^a-z0-9]/g, '');
}

/**
 * A header split from a trailing unit in brackets: "Độ cao cột (m)" is "Độ cao cột" in "m", "Bán kính 4G [km]"
 * is "Bán kính 4G" in "km". `unit` is null when there is none. Found by looking at the last characters, not by a
 * pattern, so a long header costs one pass.
 */
export function splitUnit(header: string): { name: string; unit: string | null } {
  const text = header.trimEnd();
  const close = text.at(-1);
  const open = close === ')' ? '(' : close === ']' ? '[' : null;
  if (open === null) return { name: header, unit: null };
  const at = text.lastIndexOf(open);
  if (at <= 0) return { name: header, unit: null };
  return { name: text.slice(0, at).trimEnd(), unit: text.slice(at + 1, -1).trim() };
}

/** The keys a header matches aliases by: the whole header folded, then without its unit ("Height (m)": "heightm", "height"). */
export function headerKeys(header: string): string[] {
  const whole = normaliseHeader(header);
  const { name, unit } = splitUnit(header);
  return unit === null ? [whole] : [whole, normaliseHeader(name)];
}
