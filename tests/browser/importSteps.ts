import type { Page } from 'playwright-core';
import { idle } from './launch.ts';

/** Waits until the worker has (re)loaded the data and the loading overlay is gone. */
export async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__phusong?.dataLoaded === true, undefined, { timeout: 30_000 });
  await page.locator('.loading').waitFor({ state: 'detached', timeout: 30_000 });
}

/** How many data sets and engine results the page has shown so far. */
export function shownCounts(page: Page): Promise<{ loads: number; stats: number }> {
  return page.evaluate(() => ({ loads: window.__phusong?.loads ?? 0, stats: window.__phusong?.statsShown ?? 0 }));
}

/** Waits until the page has shown a data set and its engine figures after `before` (see `shownCounts`). */
export async function shownAfter(page: Page, before: { loads: number; stats: number }, timeout = 120_000): Promise<void> {
  await page.waitForFunction(
    (b) => (window.__phusong?.loads ?? 0) > b.loads && (window.__phusong?.statsShown ?? 0) > b.stats,
    before, { timeout, polling: 100 },
  );
  await page.locator('.loading').waitFor({ state: 'detached', timeout });
  await idle(page);
}

/** Picks a file with the import's file input, as a user choosing it in the file dialog would. */
export async function chooseFile(page: Page, name: string, content: string | Uint8Array, mimeType = 'text/csv'): Promise<void> {
  const buffer = typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content);
  await page.getByTestId('file-input').setInputFiles({ name, mimeType, buffer });
}

/** A count of the (first) import report shown: "rows", "imported", "warnings" or "rejected", as printed. */
export function reportCount(page: Page, name: 'rows' | 'imported' | 'warnings' | 'rejected'): Promise<string | null> {
  return page.locator(`[data-testid="import-report"] [data-count="${name}"]`).first().textContent();
}

/**
 * Confirms the mapping step and waits until the layer is in the province (listed in the Data panel, though perhaps
 * out of sight: on a phone the list lies in a tab of the sheet, which may be closed) and the map shows the data
 * with it, with the engine's figures. `button` picks another confirm than "Nhập lớp này".
 */
export async function confirmImport(page: Page, kind: string, button?: string): Promise<void> {
  const before = await shownCounts(page);
  if (button) await page.getByTestId(button).click();
  else await page.getByRole('button', { name: 'Nhập lớp này' }).click();
  await page.locator(`[data-testid="saved-layers"] li[data-kind="${kind}"]:not([data-missing])`).waitFor({ state: 'attached', timeout: 60_000 });
  await shownAfter(page, before);
}

/** A screenshot of the import's steps: the dialog while a file is being looked at, else the import panel. */
export async function stepsShot(page: Page, path: string): Promise<void> {
  const dialog = page.getByTestId('import-dialog');
  await ((await dialog.count()) > 0 ? dialog : page.locator('.import-panel')).screenshot({ path });
}
