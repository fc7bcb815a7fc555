import type { PackageSettings } from '../../core/package/packageFormat.ts';
import { DEFAULT_THRESHOLD_PCT } from '../../core/stats/statsTypes.ts';
import { manualMetrics, validateManualValues } from '../../core/targets/manualValues.ts';
import { listPlans } from '../../core/targets/listPlans.ts';
import { appStore } from '../../store/appStore.ts';
import type { DatasetInfo, OpenedPackage } from '../../worker/api.ts';
import { loadManualValues, MANUAL_VALUES_KEY, saveManualValues } from '../manualValueStorage.ts';

/**
 * The page's view settings (threshold, chosen plan) and hand-entered values belong to the data set shown: the demo's
 * are kept under the demo's keys, the user's province's under its own, and a province opened from a link or kept
 * in the tab only is not written to the browser at all.
 */
export type ViewKey = 'demo' | 'province' | null;

export const PROVINCE_SETTINGS_KEY = 'phusong.viewSettings.province';
const PROVINCE_MANUAL_KEY = `${MANUAL_VALUES_KEY}.province`;

/** The manual keys every shipped plan asks for, with their units. */
export const MANUAL_UNITS = manualMetrics(listPlans().plans);

/** Keeps nothing: where the browser gives no storage, or for a province kept in the tab only. */
export const NO_STORAGE: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
  getItem: () => null,
  setItem: () => undefined,
  removeItem: () => undefined,
};

/** The browser's local storage, or `NO_STORAGE` where reading it at all throws (site data blocked). */
export function browserStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> {
  try {
    return window.localStorage;
  } catch {
    return NO_STORAGE;
  }
}

export function viewKeyOf(info: DatasetInfo): ViewKey {
  if (info.source === 'demo') return 'demo';
  // The server's published data keeps no settings of its own in the browser.
  if (info.source === 'server') return null;
  return info.storage === 'saved' ? 'province' : null;
}

const manualKey = (key: 'demo' | 'province') => (key === 'demo' ? MANUAL_VALUES_KEY : PROVINCE_MANUAL_KEY);

/** The settings of the page's store, as a package carries them. */
export function currentSettings(): PackageSettings {
  const { thresholdPct, planId } = appStore.getState();
  return { thresholdPct, planId };
}

/** Puts the kept settings and values of the data set shown in the store: the demo opens at the defaults. */
export function restoreView(key: ViewKey): void {
  const store = appStore.getState();
  let settings: PackageSettings = { thresholdPct: DEFAULT_THRESHOLD_PCT, planId: null };
  if (key === 'province') settings = readSettings() ?? settings;
  store.setThreshold(settings.thresholdPct);
  store.setPlanId(settings.planId);
  store.setManualValues(key ? loadManualValues(browserStorage(), MANUAL_UNITS, manualKey(key)) : []);
}

/** Puts what a package brought in the store, and keeps it for the province when it is kept in the browser. */
export function applyOpened(opened: OpenedPackage, key: ViewKey): void {
  const store = appStore.getState();
  store.setThreshold(opened.settings.thresholdPct);
  store.setPlanId(opened.settings.planId);
  const values = validateManualValues(opened.manualValues, MANUAL_UNITS).values;
  store.setManualValues(values);
  if (key === 'province') {
    saveSettings(key, opened.settings);
    saveManualValues(browserStorage(), values, PROVINCE_MANUAL_KEY);
  }
}

/** Keeps the province's settings (the demo's are not kept: it always opens at the defaults). */
export function saveSettings(key: ViewKey, settings: PackageSettings): void {
  if (key !== 'province') return;
  try {
    browserStorage().setItem(PROVINCE_SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Blocked or full storage: the settings hold for this tab, and the Data panel already says storage is out.
  }
}

/** Keeps hand-entered values for the data set shown; for a tab-only province they live in the store alone. */
export function manualStorageKey(key: ViewKey): string | null {
  return key ? manualKey(key) : null;
}

/** Forgets the province's settings and values (a new province starts afresh). */
export function forgetProvinceView(): void {
  try {
    browserStorage().removeItem(PROVINCE_SETTINGS_KEY);
    browserStorage().removeItem(PROVINCE_MANUAL_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

function readSettings(): PackageSettings | null {
  try {
    const raw = JSON.parse(browserStorage().getItem(PROVINCE_SETTINGS_KEY) ?? 'null') as Partial<PackageSettings> | null;
    if (!raw || typeof raw.thresholdPct !== 'number' || !(raw.thresholdPct >= 0 && raw.thresholdPct <= 100)) return null;
    return { thresholdPct: raw.thresholdPct, planId: typeof raw.planId === 'string' ? raw.planId : null };
  } catch {
    return null;
  }
}
