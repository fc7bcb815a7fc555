import { describe, expect, it } from 'vitest';
import { listPlans } from '../../src/core/targets/listPlans.ts';
import { unitText } from '../../src/core/targets/units.ts';

/** Units that read the same in every language: symbols, no words. */
const SYMBOL = /^(?:%|[kMG]b\/s)$/;

/** Every unit of every shipped plan: each indicator's unit and its qualifier's, with where it comes from. */
function shippedUnits(): { where: string; unit: string; qualitative: boolean }[] {
  return listPlans().plans.flatMap((plan) =>
    plan.indicators.flatMap((ind) => [
      { where: `${plan.id} ${ind.id}`, unit: ind.unit, qualitative: ind.kind === 'qualitative' },
      ...(ind.qualifier ? [{ where: `${plan.id} ${ind.id} qualifier`, unit: ind.qualifier.unit, qualitative: false }] : []),
    ]),
  );
}

describe('units of the shipped plans', () => {
  it('walks every plan', () => {
    expect(listPlans().problems).toEqual([]);
    expect(shippedUnits().length).toBeGreaterThan(50);
  });

  it('read in Vietnamese in the vi UI and in English in the en UI, or are symbols both read alike', () => {
    const wrong = shippedUnits().flatMap(({ where, unit, qualitative }) => {
      const vi = unitText(unit, 'vi');
      const en = unitText(unit, 'en');
      if (vi === null || en === null) return [`${where}: no text for "${unit}"`];
      if (vi === '' || en === '') return qualitative && vi === en ? [] : [`${where}: empty text for "${unit}"`];
      return vi === en && !SYMBOL.test(vi) ? [`${where}: "${unit}" reads "${vi}" in both languages`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('shows the words of a per-person unit in Vietnamese', () => {
    expect(unitText('per 100 people', 'vi')).toBe('trên 100 dân');
    expect(unitText('per 100 people', 'en')).toBe('per 100 people');
    expect(unitText('percent', 'vi')).toBe('%');
  });
});
