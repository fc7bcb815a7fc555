import type { Plan } from './plan.ts';

/** A value entered by hand for an indicator no map measures. `indicator` is the manual indicator's `metric` key. */
export interface ManualValue {
  indicator: string;
  value: number;
  /** ISO date (YYYY-MM-DD) the value refers to. */
  date: string;
  /** Where it comes from (a report, a measurement campaign...), NFC. */
  source: string;
}

export interface ManualValueProblem {
  /** Index of the entry in the input list. */
  row: number;
  field: string;
  reason: string;
}

const ISO_DATE = /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** "28.5" and the Vietnamese "28,5" are both accepted. */
const DECIMAL = /^\s*-?\d+(?:[.,]\d+)?\s*$/;

/** The manual keys the plans ask for, with their unit ("percent", "Mb/s"...). */
export function manualMetrics(plans: readonly Plan[]): Map<string, string> {
  const units = new Map<string, string>();
  for (const plan of plans) {
    for (const ind of plan.indicators) if (ind.kind === 'manual' && ind.metric) units.set(ind.metric, ind.unit);
  }
  return units;
}

/**
 * Checks hand-entered values (e.g. parsed from storage or a form) and returns the valid ones, normalised (NFC
 * source, numeric value), with a problem (row, field, reason) for each one left out. `known` maps each accepted
 * indicator key to its unit (see `manualMetrics`); percentages must lie in 0-100, other values must not be negative.
 * Does not mutate its input.
 */
export function validateManualValues(
  input: unknown,
  known: ReadonlyMap<string, string>,
): { values: ManualValue[]; problems: ManualValueProblem[] } {
  const values: ManualValue[] = [];
  const problems: ManualValueProblem[] = [];
  if (!Array.isArray(input)) return { values, problems: [{ row: -1, field: '', reason: 'expected a list of values' }] };

  input.forEach((entry: unknown, row) => {
    const before = problems.length;
    const problem = (field: string, reason: string) => problems.push({ row, field, reason });
    if (typeof entry !== 'object' || entry === null) return problem('', 'expected an object {indicator, value, date, source}');
    const e = entry as Record<string, unknown>;

    const indicator = typeof e.indicator === 'string' ? e.indicator.trim() : '';
    const unit = known.get(indicator);
    if (unit === undefined) problem('indicator', `unknown indicator ${JSON.stringify(e.indicator)}; expected one of ${[...known.keys()].join(', ')}`);

    const value = typeof e.value === 'number' ? e.value : typeof e.value === 'string' && DECIMAL.test(e.value) ? Number(e.value.replace(',', '.')) : NaN;
    if (!Number.isFinite(value)) problem('value', `expected a number, got ${JSON.stringify(e.value)}`);
    else if (value < 0) problem('value', `expected a value of 0 or more, got ${value}`);
    else if (unit === 'percent' && value > 100) problem('value', `expected a percentage of at most 100, got ${value}`);

    const date = typeof e.date === 'string' ? e.date.trim() : '';
    const m = ISO_DATE.exec(date);
    if (!m || new Date(`${date}T00:00:00Z`).getUTCDate() !== Number(m[3])) problem('date', `expected a date YYYY-MM-DD, got ${JSON.stringify(e.date)}`);

    const source = typeof e.source === 'string' ? e.source.normalize('NFC').trim() : '';
    if (source === '') problem('source', 'expected where the value comes from');

    if (problems.length === before) values.push({ indicator, value, date, source });
  });
  return { values, problems };
}

/**
 * The value that holds for `indicator` on `asOf` (ISO date): the one with the latest date not after `asOf`;
 * of several on that date, the last in the list. Null when none.
 */
export function currentManualValue(values: readonly ManualValue[], indicator: string, asOf: string): ManualValue | null {
  let best: ManualValue | null = null;
  for (const v of values) {
    if (v.indicator === indicator && v.date <= asOf && (best === null || v.date >= best.date)) best = v;
  }
  return best;
}
