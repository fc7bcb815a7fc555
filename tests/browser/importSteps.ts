import type { Page } from 'playwright-core';

/** Waits until the worker has (re)loaded the data and the loading overlay is gone. */
export async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__phusong?.dataLoaded === true, undefined, { timeout: 30_000 });
  await page.locator('.loading').waitFor({ state: 'detached', timeout: 30_000 });
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

/** Confirms the mapping step and waits until the layer is saved and the map shows the data with it. */
export async function confirmImport(page: Page, kind: string): Promise<void> {
  await page.getByRole('button', { name: 'Nhập lớp này' }).click();
  await page.locator(`[data-testid="saved-layers"] li[data-kind="${kind}"]`).waitFor();
  await loaded(page);
}

/** A screenshot of the import's steps: the dialog while a file is being looked at, else the import panel. */
export async function stepsShot(page: Page, path: string): Promise<void> {
  const dialog = page.getByTestId('import-dialog');
  await ((await dialog.count()) > 0 ? dialog : page.locator('.import-panel')).screenshot({ path });
}
