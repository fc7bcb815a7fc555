import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listPlans } from '../../src/core/targets/listPlans.ts';
import type { Indicator, Plan } from '../../src/core/targets/plan.ts';

const PAGE = new URL('../../../shared/docs/plan-targets.md', import.meta.url);
const SEEDS = new URL('../../../shared/seeds/', import.meta.url);

/** The page's row label → the metric keys a plan file may use for that row. */
const ROW_METRICS: Record<string, string[]> = {
  'villages with 4G / mobile broadband coverage': ['villages_4g_pct'],
  'villages with fixed broadband (FTTH)': ['villages_fibre_pct'],
  'BTS site sharing': ['site_sharing_pct'],
  'power-pole sharing for cables': ['pole_sharing_pct'],
  'cable-duct sharing': ['duct_sharing_pct'],
  'commune offices on the dedicated data network': ['commune_offices_data_network_pct'],
  'households that can get fibre on demand': ['households_fibre_access_pct'],
  'households with fibre internet': ['households_fibre_internet_pct'],
  'population covered by mobile broadband at 70 Mb/s': ['population_mobile_70mbps_pct'],
  'mobile download speed (i-Speed)': ['mobile_download_mbps'],
  'fixed download speed (i-Speed)': ['fixed_download_mbps', 'fixed_lines_200mbps_pct'],
  'users able to get 1 Gb/s fixed broadband': ['users_1gbps_pct'],
  'population covered by 5G': ['population_5g_pct'],
  'population covered by 6G': ['population_6g_pct'],
  'no mobile dead zones': ['population_no_mobile_pct'],
  'fixed broadband subscriptions per 100 people': ['fixed_bb_subscriptions_per_100'],
  'mobile broadband subscriptions per 100 people': ['mobile_bb_subscriptions_per_100'],
};

function tableAfter(markdown: string, heading: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(heading));
  const rows: string[][] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('|')) rows.push(line.split('|').slice(1, -1).map((c) => c.trim()));
    else if (rows.length > 0) break;
  }
  return rows.slice(2);
}

/** Splits a cell into its target numbers and the years it names; "5G"/"6G" are technology names, not numbers. */
function readCell(part: string): { numbers: number[]; years: number[]; words: boolean } {
  const text = part.replace(/\b\dG\b/g, '');
  const all = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
  const words = /[a-zà-ỹ]{3,}/i.test(text.replace(/\b(?:by|of|lines)\b/g, '').replace(/[MG]b\/s/g, ''));
  return { numbers: all.filter((n) => !(n >= 2000 && n < 2100)), years: all.filter((n) => n >= 2000 && n < 2100), words };
}

const deadlineYear = (ind: Indicator) => (ind.deadline === null ? null : Number(ind.deadline.slice(0, 4)));

describe('plan files', () => {
  const { plans, problems } = listPlans();

  it('all five load and validate, newest first', () => {
    expect(problems).toEqual([]);
    expect(plans.map((p) => p.id)).toEqual(['bn-2035', 'bn-dx-2030', 'bn-2023', 'tn-2023', 'bg-2023']);
  });

  it('give each manual key one unit in every plan, so entered values mean the same everywhere', () => {
    const units = new Map<string, Set<string>>();
    for (const ind of plans.flatMap((p) => p.indicators)) {
      if (ind.kind === 'manual') units.set(ind.metric!, (units.get(ind.metric!) ?? new Set()).add(ind.unit));
    }
    expect([...units].filter(([, u]) => u.size > 1)).toEqual([]);
  });

  it('keep every text in Unicode NFC', () => {
    expect(JSON.stringify(plans)).toBe(JSON.stringify(plans).normalize('NFC'));
  });

  it('place the old provinces in the new ones (Bắc Giang and old Bắc Ninh in 24, Thái Nguyên in 19)', () => {
    const byId = new Map(plans.map((p) => [p.id, p]));
    expect(byId.get('bg-2023')!.province.code).toBe('24');
    expect(byId.get('bg-2023')!.issuedFor).toEqual({ code: '24', name: 'Bắc Giang', before2025: true });
    expect(byId.get('bn-2023')!.issuedFor.code).toBe('27');
    expect(byId.get('tn-2023')!.province.code).toBe('19');
  });
});

describe.skipIf(!existsSync(PAGE))('plan files against the plan-targets page (skipped: ../shared/docs absent)', () => {
  const markdown = existsSync(PAGE) ? readFileSync(PAGE, 'utf8') : '';
  const { plans } = listPlans();
  const byId = new Map(plans.map((p): [string, Plan] => [p.id, p]));

  it('match the page on document number and date of issue', () => {
    const rows = tableAfter(markdown, '## The plans');
    expect(rows.map((r) => r[0])).toEqual(['bn-2023', 'tn-2023', 'bg-2023', 'bn-2035', 'bn-dx-2030']);
    for (const [id, doc, , issued] of rows) {
      const plan = byId.get(id!)!;
      const number = /(\d+\/(?:KH|QĐ)-UBND)/.exec(doc!)?.[1] ?? null;
      expect(plan.document, id).toBe(number);
      const dmy = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(issued!);
      if (dmy) expect(plan.date, id).toBe(`${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`);
      else expect([plan.date, plan.year], id).toEqual([null, Number(issued)]);
    }
  });

  it('carry every target of the page with its exact number, and its deadline year', () => {
    const rows = tableAfter(markdown, '## Targets a map can measure');
    const header = ['bn-2023', 'tn-2023', 'bg-2023', 'bn-2035', 'bn-dx-2030'];
    expect(rows.length).toBe(Object.keys(ROW_METRICS).length);
    let checked = 0;
    for (const row of rows) {
      const metrics = ROW_METRICS[row[0]!];
      expect(metrics, `unknown row "${row[0]}"`).toBeDefined();
      header.forEach((id, i) => {
        const cell = row[2 + i]!;
        if (cell === '') return;
        const candidates = byId.get(id)!.indicators.filter((ind) => metrics!.includes(ind.metric ?? ''));
        const where = `${id}, "${row[0]}": "${cell}"`;
        expect(candidates.length, `${where}: no indicator`).toBeGreaterThan(0);
        for (const part of cell.split(';')) {
          const { numbers, years, words } = readCell(part);
          const fits = candidates.filter(
            (c) =>
              numbers.every((n) => n === c.target || n === c.qualifier?.value) &&
              years.every((y) => y === deadlineYear(c)) &&
              (numbers.length > 0 || !words || c.kind === 'qualitative'),
          );
          expect(fits.length, `${where}: part "${part}" matches no indicator`).toBeGreaterThan(0);
          checked++;
        }
      });
    }
    expect(checked).toBe(34);
  });
});

describe.skipIf(!existsSync(SEEDS))('plan files against the seeds (skipped: ../shared/seeds absent)', () => {
  const flat = (s: string) => s.normalize('NFC').replace(/\*/g, '').replace(/\s+/g, ' ').trim();

  it('quote each target in the document\'s own words', () => {
    for (const plan of listPlans().plans) {
      const seed = flat(readFileSync(new URL(plan.source.seed, SEEDS), 'utf8'));
      for (const ind of plan.indicators) expect(seed.includes(flat(ind.wording)), `${plan.id} ${ind.id}`).toBe(true);
    }
  });
});
