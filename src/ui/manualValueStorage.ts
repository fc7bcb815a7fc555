import { validateManualValues, type ManualValue, type ManualValueProblem } from '../core/targets/manualValues.ts';

/** Where hand-entered indicator values are kept in the browser. */
export const MANUAL_VALUES_KEY = 'phusong.manualValues';

/**
 * The hand-entered values kept in `storage`, validated against the manual keys the plans ask for (key → unit);
 * entries that fail validation are left out. A missing or unreadable store gives an empty list.
 */
export function loadManualValues(storage: Pick<Storage, 'getItem'>, known: ReadonlyMap<string, string>): ManualValue[] {
  const raw = storage.getItem(MANUAL_VALUES_KEY);
  if (!raw) return [];
  try {
    return validateManualValues(JSON.parse(raw), known).values;
  } catch {
    return [];
  }
}

/**
 * Adds one entry (raw form input) to the stored values when it is valid; returns the new list, or the problems
 * (field, reason) and the list unchanged. Does not mutate `current`.
 */
export function addManualValue(
  storage: Pick<Storage, 'setItem'>,
  current: readonly ManualValue[],
  entry: { indicator: string; value: string; date: string; source: string },
  known: ReadonlyMap<string, string>,
): { values: ManualValue[]; problems: ManualValueProblem[] } {
  const checked = validateManualValues([entry], known);
  if (checked.problems.length) return { values: [...current], problems: checked.problems };
  const values = [...current, ...checked.values];
  storage.setItem(MANUAL_VALUES_KEY, JSON.stringify(values));
  return { values, problems: [] };
}
