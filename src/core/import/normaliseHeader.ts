import { foldVietnamese } from '../search/foldVietnamese.ts';

/**
 * Folds a header for matching: `foldVietnamese` (lower case, diacritics removed, đ -> d), then everything but
 * letters and digits dropped, so "Mã trạm", "ma_tram" and "MA TRAM" all become "matram".
 */
export function normaliseHeader(header: string): string {
  return foldVietnamese(header).replace(/[^a-z0-9]/g, '');
}
