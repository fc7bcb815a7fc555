/**
 * Folds a header for matching: lower case, Vietnamese diacritics removed (đ -> d), and everything but letters
 * and digits dropped, so "Mã trạm", "ma_tram" and "MA TRAM" all become "matram".
 */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}
