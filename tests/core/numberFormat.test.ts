import { describe, expect, it } from 'vitest';
import { formatDate, numberFormat } from '../../src/core/format/numberFormat.ts';

describe('one way of writing figures and dates per language', () => {
  const vi = numberFormat('vi');
  const en = numberFormat('en');

  it('groups thousands with a dot in Vietnamese and a comma in English', () => {
    expect(vi.number(1278)).toBe('1.278');
    expect(en.number(1278)).toBe('1,278');
    expect(vi.number(1702844)).toBe('1.702.844');
    expect(en.number(1702844)).toBe('1,702,844');
  });

  it('writes whole numbers unless asked for decimals, with a decimal comma in Vietnamese', () => {
    expect(vi.number(1278.6)).toBe('1.279');
    expect(vi.number(3.14159, 2)).toBe('3,14');
    expect(en.number(3.14159, 2)).toBe('3.14');
    expect(vi.number(2.5, 3)).toBe('2,5');
  });

  it('writes percentages with one decimal by default, a decimal comma in Vietnamese, and a spaced %', () => {
    expect(vi.percent(21.44)).toBe('21,4 %');
    expect(en.percent(21.44)).toBe('21.4 %');
    expect(vi.percent(100)).toBe('100 %');
    expect(vi.percent(99.996, 2)).toBe('100 %');
    expect(en.percent(52.456, 2)).toBe('52.46 %');
  });

  it('writes a dash, never "NaN", for a figure that is not a number', () => {
    expect(vi.number(Number.NaN)).toBe('—');
    expect(en.percent(Number.POSITIVE_INFINITY)).toBe('—');
  });

  it('writes dates as dd/mm/yyyy, an ISO date as written whatever the time zone', () => {
    expect(vi.date('2026-01-05')).toBe('05/01/2026');
    expect(en.date('2025-07-01')).toBe('01/07/2025');
    expect(formatDate(new Date(2025, 6, 3))).toBe('03/07/2025');
    expect(vi.date('2030-12')).toBe('12/2030');
    expect(vi.date('2025')).toBe('2025');
  });
});
