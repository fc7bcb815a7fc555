import { KNOWN_OPERATORS, type Operator, type Tech } from '../model.ts';
import { normaliseHeader } from './normaliseHeader.ts';

/**
 * Reads a decimal number written either way: "21.5", "21,5" (decimal comma), " 1 234,5 ". Returns null when the
 * text is empty or not a number. A lone comma is a decimal comma; with both, the last one is the decimal mark.
 */
export function parseDecimal(text: string): number | null {
  let s = text.trim().replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma > dot) s = s.replace(/\./g, '').replace(',', '.');
  else if (comma >= 0) s = s.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  return Number(s);
}

/**
 * Reads a count (population, households): digits with optional thousands grouping by dot, comma or space
 * ("1.234" is 1234, as Vietnamese writes it). Returns null when empty or not a non-negative number.
 */
export function parseCount(text: string): number | null {
  const s = text.trim().replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  const n = parseDecimal(s);
  return n !== null && n >= 0 ? Math.round(n) : null;
}

const DMS = /^([+-])?\s*(\d+(?:[.,]\d+)?)\s*(?:°|º|d|\s)\s*(?:(\d+(?:[.,]\d+)?)\s*(?:'|′|’|m|\s)?\s*)?(?:(\d+(?:[.,]\d+)?)\s*(?:"|″|”|''|s)?\s*)?([NSEW])?$/i;

/**
 * Reads a coordinate in degrees: decimal ("21.0285", "21,0285") or degrees-minutes-seconds
 * ("21°01'42.6\"N", "105 51 15 E", "21d1m42.6s"). S and W make it negative. Returns null when unreadable.
 */
export function parseCoordinate(text: string): number | null {
  const s = text.trim();
  if (s === '') return null;
  // Inner spaces separate degrees, minutes and seconds here, not thousands.
  const plain = /\s/.test(s) ? null : parseDecimal(s);
  if (plain !== null) return plain;
  const m = DMS.exec(s.replace(/\s+/g, ' '));
  if (!m) return null;
  const deg = parseDecimal(m[2]!)!;
  const min = m[3] ? parseDecimal(m[3])! : 0;
  const sec = m[4] ? parseDecimal(m[4])! : 0;
  if (min >= 60 || sec >= 60) return null;
  const sign = m[1] === '-' || /[SW]/i.test(m[5] ?? '') ? -1 : 1;
  return sign * (deg + min / 60 + sec / 3600);
}

const TECH_ALIASES: Record<string, Tech> = {
  '2g': '2G', gsm: '2G', '3g': '3G', umts: '3G', wcdma: '3G', hspa: '3G',
  '4g': '4G', lte: '4G', '4glte': '4G', lteadvanced: '4G', '5g': '5G', nr: '5G', '5gnr': '5G', '6g': '6G',
};

/**
 * Reads a technology list: "4G;5G", "2G/3G/4G", "LTE", "NR, LTE". Known ones come back sorted and without
 * repeats; tokens that name no technology come back in `unknown`.
 */
export function parseTechs(text: string): { techs: Tech[]; unknown: string[] } {
  const found = new Set<Tech>();
  const unknown: string[] = [];
  for (const token of text.split(/[;,/|+&]|\s+và\s+|\s+and\s+/)) {
    const t = token.trim();
    if (t === '') continue;
    const key = fold(t);
    const tech = Object.hasOwn(TECH_ALIASES, key) ? TECH_ALIASES[key] : undefined;
    if (tech) found.add(tech);
    else unknown.push(t);
  }
  return { techs: [...found].sort(), unknown };
}

const OPERATOR_ALIASES: Record<string, Operator> = {
  viettel: 'Viettel', vtl: 'Viettel', viettelgroup: 'Viettel', vnpt: 'VNPT', vinaphone: 'VNPT', vnptvinaphone: 'VNPT',
  vnp: 'VNPT', mobifone: 'MobiFone', mobiphone: 'MobiFone', mbf: 'MobiFone', vms: 'MobiFone',
  vietnamobile: 'Vietnamobile', vnmobile: 'Vietnamobile', vnm: 'Vietnamobile',
};

/**
 * Gives the operator's canonical name ("VinaPhone" and "vnpt" are VNPT; see `KNOWN_OPERATORS`); other names
 * (tower companies, Gtel...) are kept as written, trimmed.
 */
export function normaliseOperator(text: string): Operator {
  const key = fold(text);
  return (Object.hasOwn(OPERATOR_ALIASES, key) ? OPERATOR_ALIASES[key] : undefined) ?? KNOWN_BY_KEY.get(key) ?? text.trim();
}

const KNOWN_BY_KEY = new Map<string, Operator>(KNOWN_OPERATORS.map((o) => [normaliseHeader(o), o]));

/**
 * `normaliseHeader` of a cell value, remembered: operator and technology cells repeat a handful of values over
 * hundreds of thousands of rows, and folding (NFD, diacritics out) is the costly part of reading them.
 */
function fold(text: string): string {
  let key = folded.get(text);
  if (key === undefined) {
    key = normaliseHeader(text);
    if (folded.size < 4096) folded.set(text, key);
  }
  return key;
}

const folded = new Map<string, string>();

/** Reads yes/no cells: 1/0, có/không, yes/no, true/false, x. Returns null when the cell says neither. */
export function parseYesNo(text: string): boolean | null {
  const key = fold(text);
  if (['1', 'co', 'yes', 'y', 'true', 'x', 'dat'].includes(key)) return true;
  if (['0', 'khong', 'no', 'n', 'false', 'chua', ''].includes(key)) return key === '' ? null : false;
  return null;
}

/** Reads a list of numbers separated by ";", ",", "/", "|" or spaces ("0;120;240"); unreadable parts are dropped. */
export function parseNumberList(text: string): number[] {
  return text
    .split(/[;,/|\s]+/)
    .map(parseDecimal)
    .filter((n): n is number => n !== null);
}
