import { INDICATOR_KINDS, MEASURED_METRICS } from './plan.ts';
import type { Indicator, Plan, PlanProblem } from './plan.ts';
import { isKnownUnit, UNIT_TEXTS } from './units.ts';

export type PlanResult = { ok: true; plan: Plan } | { ok: false; problems: PlanProblem[] };

const ID = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
const DEADLINE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;
const ISO_DATE = /^\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks parsed JSON against the plan file format and returns it typed, or every problem found (file, field path,
 * reason). `file` is the file name (`bn-2023.json`): the plan's `id` must match it. Text must be Unicode NFC.
 * Does not mutate its input; the returned plan is the input object itself.
 */
export function validatePlan(json: unknown, file: string): PlanResult {
  const problems: PlanProblem[] = [];
  const problem = (field: string, reason: string) => problems.push({ file, field, reason });

  const text = (o: Obj, key: string, path: string, opts: { nullable?: boolean; optional?: boolean; empty?: boolean } = {}) => {
    const v = o[key];
    if (v === undefined && opts.optional) return;
    if (v === null && opts.nullable) return;
    if (typeof v !== 'string') problem(path, `expected a string${opts.nullable ? ' or null' : ''}, got ${describe(v)}`);
    else if (!opts.empty && v.trim() === '') problem(path, 'expected a non-empty string');
    else if (v !== v.normalize('NFC')) problem(path, 'text is not in Unicode NFC');
  };
  const number = (o: Obj, key: string, path: string, optional = false) => {
    const v = o[key];
    if (v === undefined && optional) return;
    if (typeof v !== 'number' || !Number.isFinite(v)) problem(path, `expected a finite number, got ${describe(v)}`);
  };
  const province = (v: unknown, path: string, withEra: boolean) => {
    if (!isObj(v)) return problem(path, `expected an object {code, name}, got ${describe(v)}`);
    text(v, 'code', `${path}.code`);
    text(v, 'name', `${path}.name`);
    if (withEra && typeof v.before2025 !== 'boolean') problem(`${path}.before2025`, `expected true or false, got ${describe(v.before2025)}`);
  };

  if (!isObj(json)) return { ok: false, problems: [{ file, field: '', reason: `expected an object, got ${describe(json)}` }] };

  const expectedId = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (typeof json.id !== 'string' || !ID.test(json.id)) problem('id', `expected a lower-case id like "bn-2023", got ${describe(json.id)}`);
  else if (json.id !== expectedId) problem('id', `expected "${expectedId}" (the file name), got "${json.id}"`);
  text(json, 'document', 'document', { nullable: true });
  text(json, 'title_vi', 'title_vi');
  text(json, 'title_en', 'title_en');
  if (json.date !== null && (typeof json.date !== 'string' || !ISO_DATE.test(json.date))) {
    problem('date', `expected an ISO date (YYYY-MM-DD) or null, got ${describe(json.date)}`);
  }
  if (!Number.isInteger(json.year)) problem('year', `expected an integer year, got ${describe(json.year)}`);
  else if (typeof json.date === 'string' && !json.date.startsWith(`${json.year as number}-`)) problem('year', `expected the year of date ${json.date}`);
  text(json, 'issuer', 'issuer');
  province(json.province, 'province', false);
  province(json.issuedFor, 'issuedFor', true);
  if (!Array.isArray(json.horizon) || json.horizon.length === 0 || !json.horizon.every(Number.isInteger)) {
    problem('horizon', `expected a non-empty list of years, got ${describe(json.horizon)}`);
  }
  if (!isObj(json.source)) problem('source', `expected an object {seed, section}, got ${describe(json.source)}`);
  else {
    text(json.source, 'seed', 'source.seed');
    text(json.source, 'section', 'source.section');
  }
  text(json, 'note', 'note', { optional: true });

  if (!Array.isArray(json.indicators) || json.indicators.length === 0) {
    problem('indicators', `expected a non-empty list, got ${describe(json.indicators)}`);
  } else {
    const seen = new Set<string>();
    json.indicators.forEach((ind: unknown, i: number) => {
      const path = `indicators[${i}]`;
      if (!isObj(ind)) return problem(path, `expected an object, got ${describe(ind)}`);
      if (typeof ind.id !== 'string' || !ID.test(ind.id)) problem(`${path}.id`, `expected an id like "villages_4g", got ${describe(ind.id)}`);
      else if (seen.has(ind.id)) problem(`${path}.id`, `duplicate indicator id "${ind.id}"`);
      else seen.add(ind.id);
      checkIndicator(ind, path, problem, text, number);
    });
  }

  return problems.length === 0 ? { ok: true, plan: json as unknown as Plan } : { ok: false, problems };
}

function checkIndicator(
  ind: Obj,
  path: string,
  problem: (field: string, reason: string) => void,
  text: (o: Obj, key: string, path: string, opts?: { nullable?: boolean; optional?: boolean; empty?: boolean }) => void,
  number: (o: Obj, key: string, path: string, optional?: boolean) => void,
) {
  const kind = ind.kind as Indicator['kind'];
  if (!INDICATOR_KINDS.includes(kind)) problem(`${path}.kind`, `expected one of ${INDICATOR_KINDS.join(', ')}, got ${describe(ind.kind)}`);
  const measuredMetric = (MEASURED_METRICS as readonly unknown[]).includes(ind.metric);
  if (kind === 'measured' && !measuredMetric) {
    problem(`${path}.metric`, `expected one of ${MEASURED_METRICS.join(', ')}, got ${describe(ind.metric)}`);
  }
  if (kind === 'qualitative' && ind.metric !== undefined && !measuredMetric) {
    problem(`${path}.metric`, `a qualitative indicator may only show a measured metric, got ${describe(ind.metric)}`);
  }
  if (kind === 'manual') {
    if (typeof ind.metric !== 'string' || !ID.test(ind.metric)) problem(`${path}.metric`, `expected a key like "ipv6_pct", got ${describe(ind.metric)}`);
    else if (measuredMetric) problem(`${path}.metric`, `"${ind.metric}" is measured from the map; use kind "measured"`);
  }
  text(ind, 'label_vi', `${path}.label_vi`);
  text(ind, 'label_en', `${path}.label_en`);
  text(ind, 'unit', `${path}.unit`, { empty: kind === 'qualitative' });
  unit(ind.unit, `${path}.unit`, problem);
  if (kind === 'qualitative') {
    if (ind.target !== undefined) problem(`${path}.target`, 'a qualitative indicator has no numeric target');
  } else {
    number(ind, 'target', `${path}.target`);
  }
  if (ind.comparison !== undefined && ind.comparison !== 'atLeast' && ind.comparison !== 'atMost') {
    problem(`${path}.comparison`, `expected "atLeast" or "atMost", got ${describe(ind.comparison)}`);
  }
  if (ind.qualifier !== undefined) {
    if (!isObj(ind.qualifier)) problem(`${path}.qualifier`, `expected {value, unit}, got ${describe(ind.qualifier)}`);
    else {
      number(ind.qualifier, 'value', `${path}.qualifier.value`);
      text(ind.qualifier, 'unit', `${path}.qualifier.unit`);
      unit(ind.qualifier.unit, `${path}.qualifier.unit`, problem);
    }
  }
  if (ind.deadline !== null && (typeof ind.deadline !== 'string' || !DEADLINE.test(ind.deadline))) {
    problem(`${path}.deadline`, `expected "YYYY", "YYYY-MM", "YYYY-MM-DD" or null, got ${describe(ind.deadline)}`);
  }
  text(ind, 'wording', `${path}.wording`);
  text(ind, 'section', `${path}.section`);
  text(ind, 'note', `${path}.note`, { optional: true });
}

function describe(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  return typeof v === 'object' ? 'an object' : String(v);
}

/** A unit code the UI can show in both languages (see `UNIT_TEXTS`); other types are `text`'s to report. */
function unit(value: unknown, path: string, problem: (field: string, reason: string) => void) {
  if (typeof value === 'string' && value !== '' && !isKnownUnit(value)) {
    problem(path, `unknown unit "${value}"; expected one of ${Object.keys(UNIT_TEXTS).map((u) => `"${u}"`).join(', ')} (add a new one to units.ts with its Vietnamese and English text)`);
  }
}
