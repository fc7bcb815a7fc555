/**
 * Text for matching without diacritics or case: NFD, combining marks dropped, đ/Đ to d, lower case, runs of
 * white space collapsed to one space. "Xã Đại Hải" folds to "xa dai hai". Pure; the input is a string.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}
