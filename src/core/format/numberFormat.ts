/** Languages figures are written in: Vietnamese "1.278,5", English "1,278.5". */
export type FormatLanguage = 'vi' | 'en';

const LOCALES: Record<FormatLanguage, string> = { vi: 'vi-VN', en: 'en-GB' };

/** How the page writes figures and dates in one language; every figure shown goes through one of these. */
export interface NumberFormat {
  /** A count or measure with at most `decimals` decimals (whole by default), grouped by thousands; "—" if no data or not finite. */
  number(value: number | null, decimals?: number): string;
  /** A percentage with at most `decimals` decimals (one by default) and " %": "21,4 %" / "21.4 %"; "—" if no data. */
  percent(value: number | null, decimals?: number): string;
  /** A day as dd/mm/yyyy, from a `Date` (local time) or an ISO date "2026-01-31"; a month "2030-12" as 12/2030. */
  date(value: Date | string): string;
}

const cache = new Map<string, Intl.NumberFormat>();

function numberFormatOf(language: FormatLanguage, decimals: number): Intl.NumberFormat {
  const key = `${language}:${decimals}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: decimals });
    cache.set(key, format);
  }
  return format;
}

const pad = (n: number, width: number) => String(n).padStart(width, '0');

/**
 * dd/mm/yyyy; an ISO date string is read as written, not shifted by the time zone as `new Date(iso)` would. A
 * month ("2030-12", a plan's deadline) is mm/yyyy; anything else (a year) is kept.
 */
export function formatDate(value: Date | string): string {
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value);
    if (!m) return value;
    return m[3] ? `${m[3]}/${m[2]}/${m[1]}` : `${m[2]}/${m[1]}`;
  }
  return `${pad(value.getDate(), 2)}/${pad(value.getMonth() + 1, 2)}/${pad(value.getFullYear(), 4)}`;
}

/** The figure and date writers of `language`. */
export function numberFormat(language: FormatLanguage): NumberFormat {
  const known = (value: number | null): value is number => value !== null && Number.isFinite(value);
  const number = (value: number | null, decimals = 0) => (known(value) ? numberFormatOf(language, decimals).format(value) : '—');
  return {
    number,
    percent: (value, decimals = 1) => (known(value) ? `${number(value, decimals)} %` : '—'),
    date: formatDate,
  };
}
