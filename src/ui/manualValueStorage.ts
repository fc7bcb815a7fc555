import { validateManualValues, type ManualValue, type ManualValueProblem } from '../core/targets/manualValues.ts';

/** Where the demo's hand-entered indicator values are kept in the browser; the user's province has its own key. */
export const MANUAL_VALUES_KEY = 'phusong.manualValues';

/**
 * The hand-entered values kept in `storage` under `key`, validated against the manual keys the plans ask for
 * (key → unit); entries that fail validation are left out. A missing, blocked or unreadable store gives an empty list.
 */
export function loadManualValues(storage: Pick<Storage, 'getItem'>, known: ReadonlyMap<string, string>, key = MANUAL_VALUES_KEY): ManualValue[] {
  try {
    const raw = storage.getItem(key);
    return raw ? validateManualValues(JSON.parse(raw), known).values : [];
  } catch {
    return [];
  }
}

/** Keeps `values` under `key`; false when the browser refused (blocked storage, full quota). */
export function saveManualValues(storage: Pick<Storage, 'setItem'>, values: readonly unknown[], key = MANUAL_VALUES_KEY): boolean {
  try {
    storage.setItem(key, JSON.stringify(values));
    return true;
  } catch {
    return false;
  }
}

/**
 * Adds one entry (raw form input) to the values when it is valid and keeps them under `key`; returns the new list,
 * or the problems (field, reason) and the list unchanged. Does not mutate `current`.
 */
export function addManualValue(
  storage: Pick<Storage, 'setItem'>,
  current: readonly ManualValue[],
  entry: { indicator: string; value: string; date: string; source: string },
  known: ReadonlyMap<string, string>,
  key = MANUAL_VALUES_KEY,
): { values: ManualValue[]; problems: ManualValueProblem[] } {
  const checked = validateManualValues([entry], known);
  if (checked.problems.length) return { values: [...current], problems: checked.problems };
  const values = [...current, ...checked.values];
  saveManualValues(storage, values, key);
  return { values, problems: [] };
}
