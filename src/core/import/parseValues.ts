import { KNOWN_OPERATORS, type Operator, type Tech } from '../model.ts';
import { normaliseHeader } from './normaliseHeader.ts';

/**
 * Longest number text read, spaces and grouping included: beyond it a cell is not a number a person wrote (a
 * 200,000-digit cell is unreadable at once, not after a scan).
 */
export const MAX_NUMBER_CHARS = 64;

const isDigit = (c: number) => c >= 48 && c <= 57;
const isBlank = (c: string) => c === ' ' || c === '\u00a0' || c === '\t' || c === '\n' || c === '\r' || c === '\u202f';

/** `text` without white space (spaces, no-break spaces, tabs), in one pass. */
function squeeze(text: string): string {
  let out = '';
  for (const c of text) if (!isBlank(c)) out += c;
  return out;
}

/**
 * True when `s` is a plain decimal: an optional sign, digits with at most one dot (at least one digit), and an
 * optional exponent ("e-5"). A hand-written scan: one pass, no backtracking.
 */
function isPlainDecimal(s: string): boolean {
  let i = s[0] === '+' || s[0] === '-' ? 1 : 0;
  let digits = 0;
  let dot = false;
  for (; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) digits++;
    else if (c === 46 && !dot) dot = true;
    else break;
  }
  if (digits === 0) return false;
  if (i === s.length) return true;
  if (s[i] !== 'e' && s[i] !== 'E') return false;
  i++;
  if (s[i] === '+' || s[i] === '-') i++;
  const expStart = i;
  while (i < s.length && isDigit(s.charCodeAt(i))) i++;
  return i > expStart && i === s.length;
}

/**
 * Reads a decimal number written either way: "21.5", "21,5" (decimal comma), " 1 234,5 ". Returns null when the
 * text is empty, longer than `MAX_NUMBER_CHARS` or not a number. A lone comma is a decimal comma; with both, the
 * last one is the decimal mark. The result may be ±Infinity ("1e400"): callers check the range they accept.
 */
export function parseDecimal(text: string): number | null {
  if (text.length > MAX_NUMBER_CHARS) return null;
  let s = squeeze(text);
  if (s === '') return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma > dot) s = s.replaceAll('.', '').replace(',', '.');
  else if (comma >= 0) s = s.replaceAll(',', '');
  return isPlainDecimal(s) ? Number(s) : null;
}

/** True when `s` is digits grouped in threes by one mark, "1.234" or "12,345,678" (Vietnamese writes a dot). */
function isGroupedCount(s: string): boolean {
  const mark = s.search(/[.,]/);
  if (mark < 1 || mark > 3) return false;
  for (let i = 0; i < s.length; i++) {
    const fromMark = i - mark;
    const shouldMark = fromMark >= 0 && fromMark % 4 === 0;
    const c = s.charCodeAt(i);
    if (shouldMark ? c !== 46 && c !== 44 : !isDigit(c)) return false;
  }
  return (s.length - mark) % 4 === 0;
}

/**
 * Reads a count (population, households): digits with optional thousands grouping by dot, comma or space
 * ("1.234" is 1234, as Vietnamese writes it). Returns null when empty or not a non-negative number; may be
 * Infinity ("1e400"): callers check the range.
 */
export function parseCount(text: string): number | null {
  if (text.length > MAX_NUMBER_CHARS) return null;
  const s = squeeze(text);
  if (s === '') return null;
  if (isGroupedCount(s)) return Number(s.replace(/[.,]/g, ''));
  const n = parseDecimal(s);
  return n !== null && n >= 0 ? Math.round(n) : null;
}

const DEGREE_MARKS = new Set(['°', 'º', 'd', 'D']);
const MINUTE_MARKS = new Set(["'", '′', '’', 'm', 'M']);
const SECOND_MARKS = new Set(['"', '″', '”', 's']);
const HEMISPHERES = new Set(['N', 'S', 'E', 'W', 'n', 's', 'e', 'w']);

/**
 * Reads a coordinate in degrees: decimal ("21.0285", "21,0285") or degrees-minutes-seconds
 * ("21°01'42.6\"N", "105 51 15 E", "21d1m42.6s"). S and W make it negative. Returns null when unreadable or
 * longer than `MAX_NUMBER_CHARS`. Degrees-minutes-seconds are read by a scanner that looks at each character
 * once.
 */
export function parseCoordinate(text: string): number | null {
  if (text.length > MAX_NUMBER_CHARS) return null;
  const s = text.trim();
  if (s === '') return null;
  // Inner spaces separate degrees, minutes and seconds here, not thousands.
  const plain = /\s/.test(s) ? null : parseDecimal(s);
  if (plain !== null) return plain;
  return readDms(s);
}

function readDms(s: string): number | null {
  let i = 0;
  const blanks = () => {
    const from = i;
    while (i < s.length && isBlank(s[i]!)) i++;
    return i > from;
  };
  const number = (): number | null => {
    const from = i;
    while (i < s.length && isDigit(s.charCodeAt(i))) i++;
    if (i === from) return null;
    if ((s[i] === '.' || s[i] === ',') && isDigit(s.charCodeAt(i + 1))) {
      i++;
      while (i < s.length && isDigit(s.charCodeAt(i))) i++;
    }
    return Number(s.slice(from, i).replace(',', '.'));
  };
  let sign = 1;
  if (s[i] === '+' || s[i] === '-') sign = s[i++] === '-' ? -1 : 1;
  blanks();
  const deg = number();
  if (deg === null) return null;
  const spaced = blanks();
  if (DEGREE_MARKS.has(s[i] ?? '')) i++;
  else if (!spaced) return null;
  blanks();
  let min = 0;
  let sec = 0;
  const minutes = number();
  if (minutes !== null) {
    min = minutes;
    blanks();
    if (MINUTE_MARKS.has(s[i] ?? '')) i++;
    blanks();
    const seconds = number();
    if (seconds !== null) {
      sec = seconds;
      blanks();
      if (s.startsWith("''", i)) i += 2;
      // Only a small s marks seconds: a capital S is the southern hemisphere.
      else if (SECOND_MARKS.has(s[i] ?? '')) i++;
      blanks();
    }
  }
  if (HEMISPHERES.has(s[i] ?? '')) {
    const h = s[i++]!.toUpperCase();
    if (h === 'S' || h === 'W') sign = -1;
  }
  if (i !== s.length) return null;
  if (min >= 60 || sec >= 60) return null;
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
  for (const token of techTokens(text)) {
    const t = token.trim();
    if (t === '') continue;
    const key = fold(t);
    const tech = Object.hasOwn(TECH_ALIASES, key) ? TECH_ALIASES[key] : undefined;
    if (tech) found.add(tech);
    else unknown.push(t);
  }
  return { techs: [...found].sort(), unknown };
}

/**
 * A technology cell split at ";", ",", "/", "|", "+", "&" and the words "và" / "and" between spaces: split on
 * single characters, then words, never by a pattern that could backtrack over a long run of spaces.
 */
function techTokens(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/[;,/|+&]/)) {
    let words: string[] = [];
    for (const word of piece.split(/\s+/)) {
      const key = word.toLowerCase();
      if ((key === 'và' || key === 'and') && words.length > 0) {
        out.push(words.join(' '));
        words = [];
      } else if (word !== '') words.push(word);
    }
    out.push(words.join(' '));
  }
  return out;
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
