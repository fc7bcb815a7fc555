import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/ui/i18n/dictionary.ts';

/**
 * Every entry as `path -> text`; a function entry is called with sample numbers, as a count or a name would be.
 * `format` writes figures rather than words (tests/core/numberFormat.test.ts).
 */
function flatten(entry: unknown, path = ''): Map<string, string> {
  if (path === 'format') return new Map();
  if (typeof entry === 'string') return new Map([[path, entry]]);
  if (typeof entry === 'function') return new Map([[path, String((entry as (...args: number[]) => unknown)(7, 8, 9))]]);
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(entry as object)) {
    for (const [p, text] of flatten(value, path ? `${path}.${key}` : key)) out.set(p, text);
  }
  return out;
}

/**
 * Entries written the same in both languages: the app's name, technology symbols, units (EIRP, dB), the names of
 * path-loss formulas, and texts of numbers and names only.
 */
const SAME_IN_BOTH = [
  'appTitle', 'tech.4G', 'tech.5G', 'tech.6G', 'pct', 'villageInCommune', 'enteredFrom', 'stationEirp', 'radioOffset',
  'pathLoss.okumura_hata', 'pathLoss.cost231_hata', 'pathLoss.tr38901_rma_nlos', 'pathLoss.tr38901_uma_nlos',
];

describe('the UI dictionary', () => {
  const vi = flatten(dictionary('vi'));
  const en = flatten(dictionary('en'));

  it('has the same entries in Vietnamese and English', () => {
    expect([...en.keys()].sort()).toEqual([...vi.keys()].sort());
  });

  it('has no empty text in either language', () => {
    const empty = [...vi, ...en].filter(([, text]) => text.trim() === '').map(([path]) => path);
    expect(empty).toEqual([]);
  });

  it('says each thing differently in English, except the names and symbols listed', () => {
    const same = [...vi].filter(([path, text]) => en.get(path) === text).map(([path]) => path);
    expect(same.sort()).toEqual([...SAME_IN_BOTH].sort());
  });
});

describe('words that follow the place', () => {
  it("calls a ward's villages tổ dân phố and a commune's thôn", () => {
    const vi = dictionary('vi');
    expect(vi.moreIn(3, 'Phường Bắc Giang')).toBe('+3 tổ dân phố ở Phường Bắc Giang');
    expect(vi.moreIn(3, 'Xã Đại Hải')).toBe('+3 thôn ở Xã Đại Hải');
  });
});

describe('figures in the words', () => {
  it('group thousands as the language does: "1.271" in Vietnamese, "1,271" in English', () => {
    expect(dictionary('vi').coveredVillages(1271, 1321, 95)).toBe('1.271 / 1.321 thôn đạt ngưỡng 95 %');
    expect(dictionary('en').coveredVillages(1271, 1321, 95)).toBe('1,271 / 1,321 villages reach 95 %');
    expect(dictionary('vi').sitesLine(3174, 602)).toBe('3.174 vị trí trạm, 602 dùng chung');
  });
});
