import { describe, expect, it } from 'vitest';
import { choosePlan } from '../../src/core/targets/choosePlan.ts';
import { listPlans } from '../../src/core/targets/listPlans.ts';
import type { Plan } from '../../src/core/targets/plan.ts';

function createPlan(id: string, code: string, name: string, date: string | null, year: number): Plan {
  return {
    id,
    document: null,
    title_vi: id,
    title_en: id,
    date,
    year,
    issuer: 'UBND',
    province: { code, name },
    issuedFor: { code, name, before2025: false },
    horizon: [2030],
    source: { seed: 's', section: 'II' },
    indicators: [],
  };
}

describe('choosePlan', () => {
  const { plans } = listPlans();

  it('picks the newest plan of the loaded province from the shipped plans', () => {
    expect(choosePlan(plans, '24')!.id).toBe('bn-2035');
    expect(choosePlan(plans, '19')!.id).toBe('tn-2023');
  });

  it('falls back to the newest plan of all for the demo province', () => {
    expect(choosePlan(plans, 'demo')!.id).toBe('bn-2035');
  });

  it('returns null for a province no plan covers', () => {
    expect(choosePlan(plans, '01', 'Hà Nội')).toBeNull();
  });

  it('matches by name (NFC, any case) when the code matches none', () => {
    const decomposed = 'THÁI NGUYÊN'.normalize('NFD');
    expect(choosePlan(plans, '', decomposed)!.id).toBe('tn-2023');
  });

  it('orders by date, a plan known only by year counting from 1 January, whatever the input order', () => {
    const a = createPlan('a', '24', 'Bắc Ninh', '2023-10-13', 2023);
    const b = createPlan('b', '24', 'Bắc Ninh', null, 2024);
    const c = createPlan('c', '24', 'Bắc Ninh', '2024-03-01', 2024);
    expect(choosePlan([a, b, c], '24')!.id).toBe('c');
    expect(choosePlan([c, b, a], '24')!.id).toBe('c');
    expect(choosePlan([a, b], '24')!.id).toBe('b');
  });
});
