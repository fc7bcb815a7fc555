import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldVietnamese } from '../../src/core/search/foldVietnamese.ts';
import { matchCommunes, type NamedCommune } from '../../src/core/search/matchCommunes.ts';

function createCommunes(): NamedCommune[] {
  return [
    { code: '07210', name: 'Xã Đại Hải' },
    { code: '07213', name: 'Phường Hải Đông' },
    { code: '07216', name: 'Xã Đông Hải' },
    { code: '07219', name: 'Đặc khu Cô Tô' },
    { code: '07222', name: 'Xã Ngọc Lặc' },
  ];
}

const names = (list: NamedCommune[]) => list.map((c) => c.name);

describe('foldVietnamese', () => {
  it('drops diacritics and case and folds đ/Đ to d', () => {
    expect(foldVietnamese('Xã Đại Hải')).toBe('xa dai hai');
    expect(foldVietnamese('ĐẶC KHU Cô Tô')).toBe('dac khu co to');
    expect(foldVietnamese('  Ngọc   Lặc ')).toBe('ngoc lac');
  });

  it('gives the same text for NFC and NFD input', () => {
    expect(foldVietnamese('Hải Dương'.normalize('NFD'))).toBe(foldVietnamese('Hải Dương'.normalize('NFC')));
  });

  it('is idempotent and leaves only ASCII of Vietnamese letters', () => {
    const letters = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ '];
    const word = fc.array(fc.constantFrom(...letters, ...letters.map((l) => l.toUpperCase())), { maxLength: 20 }).map((a) => a.join(''));
    fc.assert(fc.property(word, (w) => {
      const folded = foldVietnamese(w);
      expect(foldVietnamese(folded)).toBe(folded);
      expect(folded).toMatch(/^[a-z ]*$/);
    }));
  });
});

describe('matchCommunes', () => {
  it('finds "Xã Đại Hải" from "dai hai" and from "ĐẠI HẢI"', () => {
    expect(names(matchCommunes(createCommunes(), 'dai hai'))).toEqual(['Xã Đại Hải']);
    expect(names(matchCommunes(createCommunes(), 'ĐẠI HẢI'))).toEqual(['Xã Đại Hải']);
  });

  it('puts names starting with the query (after "Xã"/"Phường") first', () => {
    expect(names(matchCommunes(createCommunes(), 'hai'))).toEqual(['Phường Hải Đông', 'Xã Đại Hải', 'Xã Đông Hải']);
  });

  it('matches a word inside the name and the type word itself', () => {
    expect(names(matchCommunes(createCommunes(), 'co to'))).toEqual(['Đặc khu Cô Tô']);
    expect(names(matchCommunes(createCommunes(), 'dac khu'))).toEqual(['Đặc khu Cô Tô']);
  });

  it('matches the start of a commune code', () => {
    expect(names(matchCommunes(createCommunes(), '07222'))).toEqual(['Xã Ngọc Lặc']);
  });

  it('returns nothing for an empty query or no match, and at most `limit` results', () => {
    expect(matchCommunes(createCommunes(), '  ')).toEqual([]);
    expect(matchCommunes(createCommunes(), 'ha noi')).toEqual([]);
    expect(matchCommunes(createCommunes(), 'a', 2)).toHaveLength(2);
  });
});
