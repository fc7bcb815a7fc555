import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { MAX_NUMBER_CHARS, parseCoordinate, parseCount, parseDecimal, parseNumberList, parseTechs } from '../../src/core/import/parseValues.ts';

/** The pattern parseDecimal used before its scanner: right for short text, quadratic on long digit runs. */
function referenceDecimal(text: string): number | null {
  let s = text.trim().replace(/[\s\u00a0]/g, '');
  if (s === '') return null;
  const comma = s.lastIndexOf(',');
  const dot = s.lastIndexOf('.');
  if (comma > dot) s = s.replace(/\./g, '').replace(',', '.');
  else if (comma >= 0) s = s.replace(/,/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  return Number(s);
}

const numberish = fc.string({ unit: fc.constantFrom('1', '2', '0', '9', '.', ',', '-', '+', 'e', 'E', ' ', 'x'), maxLength: 20 });

/** Milliseconds per call of `f`, over calls repeated for at least 20 ms. */
function perCall(f: () => void): number {
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < 20) {
    f();
    calls++;
    t = performance.now();
  }
  return (t - t0) / calls;
}

/**
 * How many times longer a call of `large` takes than one of `small`: each the fastest of seven rounds, the rounds
 * of both taken in turn so that other work on the machine weighs on both alike.
 */
function costRatio(large: () => void, small: () => void): number {
  let bestLarge = Infinity;
  let bestSmall = Infinity;
  for (let round = 0; round < 7; round++) {
    bestSmall = Math.min(bestSmall, perCall(small));
    bestLarge = Math.min(bestLarge, perCall(large));
  }
  return bestLarge / bestSmall;
}

describe('number cells read by a scanner', () => {
  it('parseDecimal reads what the old pattern read, on any short mix of digits, marks and signs', () => {
    fc.assert(fc.property(numberish, (text) => parseDecimal(text) === referenceDecimal(text)), { numRuns: 3000 });
  });

  it('reads decimal commas, grouped counts and degrees-minutes-seconds', () => {
    expect(parseDecimal(' 1 234,5 ')).toBe(1234.5);
    expect(parseCount('1.234')).toBe(1234);
    expect(parseCount('12,345,678')).toBe(12_345_678);
    expect(parseCount('1.2345')).toBe(1);
    expect(parseCoordinate('21°01\'42.6"N')).toBeCloseTo(21 + 1 / 60 + 42.6 / 3600, 9);
    expect(parseCoordinate('105 51 15 E')).toBeCloseTo(105 + 51 / 60 + 15 / 3600, 9);
    expect(parseCoordinate('21d1m42.6s')).toBeCloseTo(21 + 1 / 60 + 42.6 / 3600, 9);
    expect(parseCoordinate('33 51 35 S')).toBeCloseTo(-(33 + 51 / 60 + 35 / 3600), 9);
    expect(parseCoordinate('21 75 N')).toBeNull();
    expect(parseTechs('4G và 5G and LTE')).toEqual({ techs: ['4G', '5G'], unknown: [] });
    expect(parseNumberList('0;120;240')).toEqual([0, 120, 240]);
  });

  it('a 200,000-digit cell is no number, no coordinate and no count', () => {
    const digits = '1'.repeat(200_000);
    for (const cell of [digits, `${digits}x`, `${digits}°`, `1 ${digits}`]) {
      expect(parseDecimal(cell)).toBeNull();
      expect(parseCoordinate(cell)).toBeNull();
      expect(parseCount(cell)).toBeNull();
    }
    expect(parseDecimal('1'.repeat(MAX_NUMBER_CHARS))).not.toBeNull();
  });

  it('1e400 reads as Infinity, for the importers to reject by range', () => {
    expect(parseDecimal('1e400')).toBe(Infinity);
    expect(parseCount('1e400')).toBe(Infinity);
  });

  // Cells are at most 32,767 characters (longer ones reject their row before any is parsed), so lengths up to that
  // are measured. Loose on purpose: 32 times the text may take up to 180 times as long per call (a busy machine,
  // the garbage collector), where a pattern that backtracks takes about 1,000 times as long (the old technology
  // pattern measured 294 at 16 times the text).
  it.each([
    ['spaces before "và"', (n: number) => `${' '.repeat(n)}và`],
    ['words joined by "và"', (n: number) => '4G và '.repeat(n / 6)],
    ['separators', (n: number) => ';'.repeat(n)],
    ['digits', (n: number) => '1'.repeat(n)],
  ])('technology cells of %s take time in proportion to their length', (_, make) => {
    const small = make(1_000);
    const large = make(32_000);
    expect(costRatio(() => parseTechs(large), () => parseTechs(small))).toBeLessThan(180);
  });

  it('number lists of any length take time in proportion to their length', () => {
    const small = '1;'.repeat(500);
    const large = '1;'.repeat(16_000);
    expect(costRatio(() => parseNumberList(large), () => parseNumberList(small))).toBeLessThan(180);
  });
});
