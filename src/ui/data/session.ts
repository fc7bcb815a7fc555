import { appStore } from '../../store/appStore.ts';
import type { DatasetInfo } from '../../worker/api.ts';
import { startInWorker, watchInWorker } from '../loadData.ts';
import { applyOpened, restoreView, viewKeyOf } from './viewSettings.ts';

/** The query parameter naming a province package to open: `?package=tinh.zip` (relative to the app, or a URL). */
export const PACKAGE_PARAM = 'package';

/** The package URL of a location's query string, resolved against the page's address; undefined when none. */
export function readPackageParam(href: string): string | undefined {
  const url = new URL(href);
  const value = url.searchParams.get(PACKAGE_PARAM)?.trim();
  if (!value) return undefined;
  try {
    return new URL(value, url).href;
  } catch {
    return undefined;
  }
}

let started: Promise<DatasetInfo> | null = null;

/**
 * Starts the session once per page (outside React, so a re-run effect does not start it twice): opens the package
 * of a `?package=` link for this tab, applies what it brought or the kept view settings, and reloads the data when
 * another tab changes it. Resolves with whose data is shown first.
 */
export function startSession(): Promise<DatasetInfo> {
  started ??= startInWorker(readPackageParam(window.location.href)).then(({ info, opened, packageError }) => {
    const key = viewKeyOf(info);
    if (opened) applyOpened(opened, key);
    else restoreView(key);
    if (packageError) appStore.getState().setNotice(packageError);
    void watchInWorker(() => appStore.getState().reloadData());
    return info;
  });
  return started;
}
