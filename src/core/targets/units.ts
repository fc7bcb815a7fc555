/**
 * The units plan files may give an indicator (`Indicator.unit`, `qualifier.unit`), as codes, and how each reads
 * in the Vietnamese and the English UI. Symbols (%, Mb/s, Gb/s) read the same in both.
 */
export const UNIT_TEXTS: Readonly<Record<string, { vi: string; en: string }>> = {
  percent: { vi: '%', en: '%' },
  'Mb/s': { vi: 'Mb/s', en: 'Mb/s' },
  'Gb/s': { vi: 'Gb/s', en: 'Gb/s' },
  'per 100 people': { vi: 'trên 100 dân', en: 'per 100 people' },
  'accounts per adult': { vi: 'tài khoản/người trưởng thành', en: 'accounts per adult' },
  'connections per person': { vi: 'kết nối/người', en: 'connections per person' },
};

/** Whether plan files may use this unit code. */
export function isKnownUnit(unit: string): boolean {
  return Object.hasOwn(UNIT_TEXTS, unit);
}

/**
 * How a unit code reads in `language`: '' for no unit (a qualitative indicator without a figure), null for a
 * code `UNIT_TEXTS` does not know (validatePlan refuses those).
 */
export function unitText(unit: string, language: 'vi' | 'en'): string | null {
  if (unit === '') return '';
  return isKnownUnit(unit) ? UNIT_TEXTS[unit]![language] : null;
}
