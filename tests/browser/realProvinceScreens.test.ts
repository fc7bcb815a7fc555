import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idle, launchChromium, RESULTS, waitForApp, type Chromium } from './chromium.ts';
import { chooseFile, confirmImport } from './importSteps.ts';

const REAL = join(import.meta.dirname, '../../../shared/data/real');
const WARDS = 'bac_ninh_wards_2025.geojson';

/** Imports the real 2025 wards of Bắc Ninh through the import panel, as a user picking the file would. */
async function importWards(page: Page): Promise<void> {
  await chooseFile(page, WARDS, readFileSync(join(REAL, WARDS)), 'application/geo+json');
  await page.getByTestId('mapping-step').waitFor();
  await confirmImport(page, 'communes');
  await waitForApp(page);
  await idle(page);
}

/** Opens a commune by typing its name without diacritics and picking it. */
async function openCommune(page: Page, query: string, code: string): Promise<void> {
  await page.getByTestId('commune-search').fill(query);
  await page.locator(`.suggestions button[data-code="${code}"]`).click();
}

const scrollWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

describe.skipIf(!existsSync(REAL))('a real province imported, on a phone and on a desktop (skipped: ../shared/data/real absent)', () => {
  let phone: Chromium;
  let desktop: Chromium;

  beforeAll(async () => {
    phone = await launchChromium({ width: 390, height: 844, phone: true });
    desktop = await launchChromium({ width: 1280, height: 800 });
  });

  afterAll(async () => {
    await phone?.close();
    await desktop?.close();
  });

  it('on a phone: imports the wards from the import tab, then shows a ward named in full, fitting the width', async () => {
    const { page } = phone;
    await page.goto(inject('baseUrl'));
    await waitForApp(page);
    await page.locator('.sheet-tabs [data-tab="import"]').tap();
    await importWards(page);
    await page.screenshot({ path: join(RESULTS, 'phone-real-import.png') });
    await page.locator('.sheet-tabs [data-tab="overview"]').tap();
    await page.screenshot({ path: join(RESULTS, 'phone-real-overview.png') });
    await page.locator('.sheet-tabs [data-tab="commune"]').tap();
    await openCommune(page, 'bac giang', '07210');
    await expect(page.getByTestId('commune-name').textContent()).resolves.toBe('Phường Bắc Giang');
    await idle(page);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => window.__phusong!.map.getCanvas().getBoundingClientRect().width)).toBe(390);
    await page.screenshot({ path: join(RESULTS, 'phone-real-commune.png') });
  });

  it('on a desktop: imports the same wards and shows the ward beside the map', async () => {
    const { page } = desktop;
    await page.goto(inject('baseUrl'));
    await waitForApp(page);
    await importWards(page);
    // "Xóa" (remove) beside a long file name stays on one line.
    const remove = page.locator('[data-testid="saved-layers"] li[data-kind="communes"] button[data-remove]');
    // One line box per line the text is laid out on.
    const lines = await remove.evaluate((e) => {
      const range = document.createRange();
      range.selectNodeContents(e);
      return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
    });
    expect(lines).toBe(1);
    await page.screenshot({ path: join(RESULTS, 'desktop-real-1280x800.png') });
    await page.locator('.analysis-panel [data-tab="commune"]').click();
    await openCommune(page, 'bac giang', '07210');
    await expect(page.getByTestId('commune-name').textContent()).resolves.toBe('Phường Bắc Giang');
    await idle(page);
    expect(await scrollWidth(page)).toBeLessThanOrEqual(1280);
    await page.screenshot({ path: join(RESULTS, 'desktop-real-commune.png') });
  });

  it('logged no console errors or warnings, page errors or failed requests', () => {
    expect([...phone.problems, ...desktop.problems]).toEqual([]);
  });
});
