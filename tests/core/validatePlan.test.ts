import { describe, expect, it } from 'vitest';
import { listPlans } from '../../src/core/targets/listPlans.ts';
import { validatePlan } from '../../src/core/targets/validatePlan.ts';

function createPlanJson(): Record<string, unknown> {
  return {
    id: 'xx-2024',
    document: '12/KH-UBND',
    title_vi: 'Kế hoạch',
    title_en: 'Plan',
    date: '2024-05-02',
    year: 2024,
    issuer: 'UBND tỉnh',
    province: { code: '24', name: 'Bắc Ninh' },
    issuedFor: { code: '24', name: 'Bắc Ninh', before2025: false },
    horizon: [2025],
    source: { seed: 'seed.txt', section: 'II' },
    indicators: [
      { id: 'villages_4g', kind: 'measured', metric: 'villages_4g_pct', label_vi: 'Thôn có 4G', label_en: 'Villages with 4G', unit: 'percent', target: 100, deadline: '2025', wording: 'đạt 100%', section: 'II.1' },
      { id: 'more_sharing', kind: 'qualitative', label_vi: 'Tăng chia sẻ', label_en: 'More sharing', unit: '', deadline: null, wording: 'tăng cường', section: 'III' },
    ],
  };
}

describe('validatePlan', () => {
  it('accepts a well-formed plan', () => {
    expect(validatePlan(createPlanJson(), 'xx-2024.json')).toMatchObject({ ok: true, plan: { id: 'xx-2024' } });
  });

  it('names the file and each bad field', () => {
    const json = createPlanJson();
    json.date = '2024-13-01';
    const [measured, qualitative] = json.indicators as Record<string, unknown>[];
    measured!.metric = 'villages_5g_pct';
    measured!.deadline = 'end of 2025';
    qualitative!.target = 50;
    const result = validatePlan(json, 'yy-2024.json');
    expect(result.ok).toBe(false);
    const problems = result.ok ? [] : result.problems;
    expect(problems.every((p) => p.file === 'yy-2024.json')).toBe(true);
    expect(problems.map((p) => p.field)).toEqual(['id', 'date', 'indicators[0].metric', 'indicators[0].deadline', 'indicators[1].target']);
  });

  it('refuses text that is not NFC and duplicate indicator ids', () => {
    const json = createPlanJson();
    json.title_vi = 'Kế hoạch'.normalize('NFD');
    (json.indicators as unknown[]).push((json.indicators as unknown[])[0]);
    const result = validatePlan(json, 'xx-2024.json');
    expect(result.ok ? [] : result.problems.map((p) => [p.field, p.reason])).toEqual([
      ['title_vi', 'text is not in Unicode NFC'],
      ['indicators[2].id', 'duplicate indicator id "villages_4g"'],
    ]);
  });

  it('refuses a unit the UI cannot show in Vietnamese and English', () => {
    const json = createPlanJson();
    const [measured] = json.indicators as Record<string, unknown>[];
    measured!.unit = 'subscribers per 100 people';
    measured!.qualifier = { value: 70, unit: 'Mbps' };
    const result = validatePlan(json, 'xx-2024.json');
    expect(result.ok ? [] : result.problems.map((p) => p.field)).toEqual(['indicators[0].unit', 'indicators[0].qualifier.unit']);
    expect(result.ok ? '' : result.problems[0]!.reason).toMatch(/^unknown unit "subscribers per 100 people"; expected one of "percent", /);
  });

  it('leaves a bad file out of listPlans and reports it', () => {
    const { plans, problems } = listPlans({ 'xx-2024.json': createPlanJson(), 'broken.json': [] });
    expect(plans.map((p) => p.id)).toEqual(['xx-2024']);
    expect(problems).toEqual([{ file: 'broken.json', field: '', reason: 'expected an object, got a list' }]);
  });
});
