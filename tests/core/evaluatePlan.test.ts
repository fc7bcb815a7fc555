import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCommune, evaluatePlan } from '../../src/core/targets/evaluatePlan.ts';
import type { FigureVillage, SiteCount, MeasuredFigures } from '../../src/core/targets/figures.ts';
import type { ManualValue } from '../../src/core/targets/manualValues.ts';
import type { Indicator, Plan } from '../../src/core/targets/plan.ts';
import { toSummaryTargets } from '../../src/core/targets/toSummaryTargets.ts';

function createVillage(id: string, opts: Partial<FigureVillage> & { p4g?: number; p5g?: number; p6g?: number; fibre?: boolean } = {}): FigureVillage {
  const pct = { '4G': opts.p4g ?? 100, '5G': opts.p5g ?? 0, '6G': opts.p6g ?? 0, fibre: opts.fibre === false ? 0 : 100 };
  return {
    id,
    name: `Thôn ${id}`,
    communeCode: opts.communeCode ?? '07210',
    population: opts.population ?? 1000,
    households: opts.households ?? 250,
    pct,
    covered: { '4G': pct['4G'] >= 95, '5G': pct['5G'] >= 95, '6G': pct['6G'] >= 95, fibre: pct.fibre >= 95 },
  };
}

/** `shared` sites of VNPT and Viettel and `unshared` of Viettel alone, in one commune. */
function createSites(shared: number, unshared: number, communeCode = '07210'): SiteCount[] {
  return [{ communeCode, sites: shared + unshared, shared, perOperator: { VNPT: shared, Viettel: shared + unshared } }];
}

function createFigures(villages: FigureVillage[], siteCounts: SiteCount[] = []): MeasuredFigures {
  return { villages, siteCounts, thresholdPct: 95 };
}

function createIndicator(id: string, fields: Partial<Indicator>): Indicator {
  return { id, kind: 'measured', label_vi: id, label_en: id, unit: 'percent', deadline: '2025', wording: id, section: 'II', ...fields };
}

function createPlan(...indicators: Indicator[]): Plan {
  return {
    id: 'test-plan',
    document: '1/KH-UBND',
    title_vi: 'Kế hoạch thử',
    title_en: 'Test plan',
    date: '2023-10-13',
    year: 2023,
    issuer: 'UBND tỉnh',
    province: { code: '24', name: 'Bắc Ninh' },
    issuedFor: { code: '24', name: 'Bắc Ninh', before2025: false },
    horizon: [2025],
    source: { seed: 'seed.txt', section: 'II' },
    indicators,
  };
}

const AS_OF = '2025-06-01';
const one = (plan: Plan, figures: MeasuredFigures, manual: ManualValue[] = [], asOf = AS_OF) => evaluatePlan(plan, figures, manual, asOf)[0]!;

describe('evaluatePlan: villages with 4G and fibre', () => {
  const plan = createPlan(createIndicator('v4g', { metric: 'villages_4g_pct', target: 100 }), createIndicator('vf', { metric: 'villages_fibre_pct', target: 100 }));

  it('is met exactly at 100% and lists no village', () => {
    const [v4g, vf] = evaluatePlan(plan, createFigures([createVillage('a'), createVillage('b')]), [], AS_OF);
    expect(v4g).toMatchObject({ value: 100, target: 100, met: true, status: 'met', gap: { kind: 'villages', tech: '4G', villages: [], toTarget: 0 } });
    expect(vf!.status).toBe('met');
  });

  it('is behind with one village short, and names that village (4G) and the fibre-less one', () => {
    const villages = [createVillage('a'), createVillage('b', { p4g: 94.9, population: 300 }), createVillage('c', { fibre: false }), createVillage('d', { p4g: 50 })];
    const [v4g, vf] = evaluatePlan(plan, createFigures(villages), [], AS_OF);
    expect(v4g).toMatchObject({ value: 50, met: false, status: 'behind' });
    expect(v4g!.gap).toMatchObject({ kind: 'villages', toTarget: 2 });
    // Most people left uncovered first: d leaves 500, b leaves 15.
    expect(v4g!.gap!.kind === 'villages' && v4g!.gap!.villages.map((v) => [v.id, v.uncoveredPeople])).toEqual([['d', 500], ['b', 15]]);
    expect(vf!.gap!.kind === 'villages' && vf!.gap!.villages.map((v) => v.id)).toEqual(['c']);
    expect(vf).toMatchObject({ value: 75, status: 'behind' });
  });

  it('has no data without villages', () => {
    expect(one(plan, createFigures([]))).toMatchObject({ value: null, met: null, status: 'no data', gap: null });
  });

  it('has no data, not "behind", when the villages have no measure for it, and counts only those that have one', () => {
    const unknown = (v: FigureVillage): FigureVillage => ({ ...v, pct: { ...v.pct, '4G': null, fibre: null }, covered: { ...v.covered, '4G': null, fibre: null } });
    const [v4g, vf] = evaluatePlan(plan, createFigures([unknown(createVillage('a')), unknown(createVillage('b'))]), [], AS_OF);
    expect(v4g).toMatchObject({ value: null, met: null, status: 'no data', gap: null });
    expect(vf).toMatchObject({ value: null, status: 'no data' });
    const partly = [createVillage('a'), unknown(createVillage('b')), createVillage('c', { fibre: false })];
    expect(evaluatePlan(plan, createFigures(partly), [], AS_OF)[1]).toMatchObject({ value: 50, status: 'behind' });
  });
});

describe('evaluatePlan: BTS site sharing', () => {
  const plan = createPlan(createIndicator('share', { metric: 'site_sharing_pct', target: 15 }));

  it('is met exactly at the target (3 shared of 20 sites is 15%) and behind just below (2 of 20)', () => {
    expect(one(plan, createFigures([], createSites(3, 17)))).toMatchObject({ met: true, status: 'met', gap: { kind: 'sites', sites: 20, shared: 3, toTarget: 0 } });
    expect(one(plan, createFigures([], createSites(2, 18)))).toMatchObject({ met: false, status: 'behind', gap: { shared: 2, unshared: 18, toTarget: 1 } });
  });

  it('asks for whole sites: 15% of 19 sites is 2.85, so 3 shared sites, one more than the 2 there are', () => {
    const r = one(plan, createFigures([], createSites(2, 17)));
    expect(r.gap).toMatchObject({ toTarget: 1 });
    expect(one(plan, createFigures([], createSites(3, 16))).met).toBe(true);
  });

  it('sites needed is the least number that meets the target, for any count and target (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.nat(2000), fc.integer({ min: 0, max: 1000 }), (sites, sharedRaw, tenths) => {
        const shared = sharedRaw % (sites + 1);
        const target = tenths / 10;
        const r = one(createPlan(createIndicator('share', { metric: 'site_sharing_pct', target })), createFigures([], createSites(shared, sites - shared)));
        const meets = (k: number) => k * 1000 >= tenths * sites; // k/sites*100 >= tenths/10, in integers
        expect(r.met).toBe(meets(shared));
        const need = r.gap!.kind === 'sites' ? r.gap!.toTarget : NaN;
        expect(meets(shared + need)).toBe(true);
        if (need > 0) expect(meets(shared + need - 1)).toBe(false);
      }),
    );
  });
});

describe('evaluatePlan: population with 5G and 6G, households with fibre, dead zones', () => {
  it('counts the people lacking 5G and how many more must be covered', () => {
    const plan = createPlan(createIndicator('p5g', { metric: 'population_5g_pct', target: 100 }));
    const r = one(plan, createFigures([createVillage('a', { p5g: 100 }), createVillage('b', { population: 500, p5g: 40 })]));
    expect(r.value).toBeCloseTo(80, 10);
    expect(r).toMatchObject({ status: 'behind', gap: { kind: 'people', tech: '5G', lacking: 300, toTarget: 300 } });
    expect(r.gap!.kind === 'people' && r.gap!.villages.map((v) => v.id)).toEqual(['b']);
  });

  it('counts the people of villages above the threshold as lacking 5G but lists only the villages below it', () => {
    const plan = createPlan(createIndicator('p5g', { metric: 'population_5g_pct', target: 100 }));
    const r = one(plan, createFigures([createVillage('a', { p5g: 97 }), createVillage('b', { population: 500, p5g: 40 })]));
    expect(r).toMatchObject({ status: 'behind', gap: { kind: 'people', lacking: 330 } });
    expect(r.gap!.kind === 'people' && r.gap!.villages.map((v) => v.id)).toEqual(['b']);
  });

  it('meets a 50% 6G target at exactly half the people and falls one person short below', () => {
    const plan = createPlan(createIndicator('p6g', { metric: 'population_6g_pct', target: 50, deadline: '2035-12' }));
    expect(one(plan, createFigures([createVillage('a', { p6g: 100 }), createVillage('b', { p6g: 0 })])).status).toBe('met');
    const r = one(plan, createFigures([createVillage('a', { p6g: 99.9 }), createVillage('b', { p6g: 0 })]));
    expect(r).toMatchObject({ status: 'behind', gap: { lacking: 1001, toTarget: 1 } });
  });

  it('counts households without fibre access', () => {
    const plan = createPlan(createIndicator('hh', { metric: 'households_fibre_access_pct', target: 100 }));
    const r = one(plan, createFigures([createVillage('a', { households: 200 }), createVillage('b', { households: 100, fibre: false })]));
    expect(r.value).toBeCloseTo(200 / 3, 10);
    expect(r).toMatchObject({ status: 'behind', gap: { kind: 'households', lacking: 100, toTarget: 100 } });
  });

  it('meets "no dead zones" only when nobody is outside 4G, and lists the villages below the threshold with people outside', () => {
    const plan = createPlan(createIndicator('dz', { metric: 'population_no_mobile_pct', target: 0, comparison: 'atMost', deadline: '2030' }));
    expect(one(plan, createFigures([createVillage('a'), createVillage('b')]))).toMatchObject({ value: 0, status: 'met' });
    const r = one(plan, createFigures([createVillage('a'), createVillage('b', { p4g: 97 }), createVillage('c', { p4g: 90 })]));
    expect(r.value).toBeCloseTo((130 / 3000) * 100, 10);
    expect(r).toMatchObject({ status: 'behind', gap: { kind: 'deadZones', people: 130, toTarget: 130 } });
    expect(r.gap!.kind === 'deadZones' && r.gap!.villages.map((v) => [v.id, v.uncoveredPeople])).toEqual([['c', 100]]);
  });
});

describe('evaluatePlan: qualitative and manual indicators, deadlines', () => {
  it('shows the map figure beside a qualitative indicator, with no target and no status', () => {
    const plan = createPlan(createIndicator('more', { kind: 'qualitative', metric: 'site_sharing_pct', deadline: null }));
    expect(one(plan, createFigures([], createSites(1, 3)))).toMatchObject({ value: 25, target: null, met: null, status: 'qualitative', gap: null, deadlinePassed: false });
  });

  it('takes a manual indicator from the latest value entered on or before the evaluation date', () => {
    const plan = createPlan(createIndicator('ipv6', { kind: 'manual', metric: 'ipv6_pct', target: 90, deadline: '2029' }));
    const values: ManualValue[] = [
      { indicator: 'ipv6_pct', value: 56.69, date: '2025-08-31', source: 'VNNIC' },
      { indicator: 'ipv6_pct', value: 91, date: '2029-06-30', source: 'VNNIC 2029' },
      { indicator: 'other_pct', value: 100, date: '2025-01-01', source: 'x' },
    ];
    expect(one(plan, createFigures([]), [], '2026-01-01')).toMatchObject({ value: null, status: 'no data' });
    expect(one(plan, createFigures([]), values, '2026-01-01')).toMatchObject({ value: 56.69, status: 'behind', entered: { date: '2025-08-31', source: 'VNNIC' } });
    expect(one(plan, createFigures([]), values, '2029-12-31')).toMatchObject({ value: 91, status: 'met', met: true });
    expect(one(plan, createFigures([]), [{ indicator: 'ipv6_pct', value: 90, date: '2029-01-01', source: 's' }], '2030-01-01').met).toBe(true);
  });

  it('tells a passed deadline from one still to come (year, and year-month)', () => {
    const plan = createPlan(createIndicator('a', { metric: 'villages_4g_pct', target: 100, deadline: '2025' }), createIndicator('b', { metric: 'population_5g_pct', target: 100, deadline: '2030-12' }));
    const figures = createFigures([createVillage('a')]);
    expect(evaluatePlan(plan, figures, [], '2025-12-31').map((r) => r.deadlinePassed)).toEqual([false, false]);
    expect(evaluatePlan(plan, figures, [], '2026-01-01').map((r) => r.deadlinePassed)).toEqual([true, false]);
    expect(evaluatePlan(plan, figures, [], '2031-01-01').map((r) => r.deadlinePassed)).toEqual([true, true]);
  });
});

describe('evaluateCommune and toSummaryTargets', () => {
  const plan = createPlan(
    createIndicator('v4g', { metric: 'villages_4g_pct', target: 100 }),
    createIndicator('share', { metric: 'site_sharing_pct', target: 25 }),
    createIndicator('speed', { kind: 'manual', metric: 'mobile_download_mbps', unit: 'Mb/s', target: 70 }),
  );
  const figures = createFigures(
    [createVillage('a', { communeCode: '07210' }), createVillage('b', { communeCode: '07213', p4g: 0 })],
    [...createSites(1, 1, '07210'), ...createSites(0, 5, '07213')],
  );

  it('judges one commune on its own villages and sites, without the province-wide manual figures', () => {
    const r = evaluateCommune(plan, figures, '07210', AS_OF);
    expect(r.map((x) => [x.indicator, x.status, x.value])).toEqual([['v4g', 'met', 100], ['share', 'met', 50]]);
    const other = evaluateCommune(plan, figures, '07213', AS_OF);
    expect(other.map((x) => x.status)).toEqual(['behind', 'behind']);
    expect(other[1]!.gap).toMatchObject({ sites: 5, shared: 0, toTarget: 2 });
  });

  it('gives the summary.json rows', () => {
    const rows = toSummaryTargets(evaluatePlan(plan, figures, [{ indicator: 'mobile_download_mbps', value: 72.5, date: '2025-03-01', source: 'i-Speed' }], AS_OF));
    expect(rows).toEqual([
      { plan: 'test-plan', indicator: 'v4g', value: 50, target: 100, deadline: '2025', met: false, status: 'behind' },
      { plan: 'test-plan', indicator: 'share', value: 100 / 7, target: 25, deadline: '2025', met: false, status: 'behind' },
      { plan: 'test-plan', indicator: 'speed', value: 72.5, target: 70, deadline: '2025', met: true, status: 'met', source: 'i-Speed' },
    ]);
  });
});
