import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findOnMap, idle, launchChromium, RESULTS, waitForApp, type Chromium } from './chromium.ts';
import { chooseFile, confirmImport, shownAfter, shownCounts } from './importSteps.ts';
import { createRealProvinceFiles, REAL, type RealProvinceFiles } from './realProvince.ts';

/** The 4G share of the coverage summary, as printed ("46,1 %"), and as a number. */
const share4G = async (page: Page) => {
  const text = (await page.locator('[data-testid="coverage-summary"] [data-figure="4G"] dd').textContent()) ?? '';
  return { text, value: Number(text.replace(/[^\d,]/g, '').replace(',', '.')) };
};
/** Share of each coverage raster's pixels covered, as the worker drew them and the map shows them. */
const rasters = (page: Page) => page.evaluate(() => ({ ...window.__phusong!.coveredPercent }));

describe.skipIf(!existsSync(REAL))('the radio model panel on a real province (skipped: ../shared/data/real absent)', () => {
  let files: RealProvinceFiles;
  let chromium: Chromium;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    // Station rows without a radius: every station's coverage comes from the radio model.
    files = await createRealProvinceFiles('bac_ninh_wards_2025.geojson', 300, 400, 10);
    chromium = await launchChromium({ width: 1280, height: 800 });
    ({ page, problems } = chromium);
    await page.goto(inject('baseUrl'));
    await waitForApp(page);
    await chooseFile(page, files.wardsFile, files.wards, 'application/geo+json');
    await page.getByTestId('mapping-step').waitFor();
    await confirmImport(page, 'communes');
    for (const [file, text, kind] of [['thon.csv', files.villagesCsv, 'villages'], ['tram.csv', files.stationsCsv, 'stations']] as const) {
      await chooseFile(page, file, text);
      await page.getByTestId('mapping-step').waitFor();
      await confirmImport(page, kind);
    }
  }, 600_000);

  afterAll(async () => {
    await chromium?.close();
  });

  it('shows a stricter 4G threshold in the 4G figure and the 4G raster, and leaves 5G as it was', async () => {
    const before = { share: await share4G(page), rasters: await rasters(page) };
    expect(before.share.value).toBeGreaterThan(0);
    expect(before.rasters['4G']).toBeGreaterThan(0);
    const panel = page.getByTestId('radio-model');
    await panel.scrollIntoViewIfNeeded();
    await expect(page.getByTestId('radio-thresholdDbm-4G').inputValue()).resolves.toBe('-105');
    await page.getByTestId('radio-thresholdDbm-4G').fill('-95');
    await expect(page.getByTestId('radio-state').textContent()).resolves.toBe('Có thay đổi chưa áp dụng.');
    const counts = await shownCounts(page);
    await page.getByTestId('radio-apply').click();
    await shownAfter(page, counts);
    const after = { share: await share4G(page), rasters: await rasters(page) };
    expect(after.share.value).toBeLessThan(before.share.value);
    expect(after.rasters['4G']).toBeLessThan(before.rasters['4G']!);
    expect(after.rasters['5G']).toBe(before.rasters['5G']);
    await expect(page.getByTestId('radio-state').textContent()).resolves.toBe('Đang dùng mô hình này.');
    await panel.screenshot({ path: join(RESULTS, 'radio-panel-1280.png') });
    await page.screenshot({ path: join(RESULTS, 'radio-model-1280x800.png') });
  }, 300_000);

  it('refuses a bad value with the command line\'s reason and keeps the figures', async () => {
    const before = await share4G(page);
    await page.getByTestId('radio-thresholdDbm-4G').fill('20');
    await page.getByTestId('radio-apply').click();
    await expect(page.getByTestId('radio-errors').textContent()).resolves.toContain('threshold_dbm.4G: expected a received power from -200 to 0 dBm, got 20');
    expect((await share4G(page)).text).toBe(before.text);
    await page.getByTestId('radio-thresholdDbm-4G').fill('-95');
  });

  it('keeps the model with the province\'s view settings: a reload opens with it and its figures', async () => {
    const before = await share4G(page);
    await page.reload();
    await waitForApp(page);
    await idle(page);
    await expect(page.getByTestId('radio-thresholdDbm-4G').inputValue()).resolves.toBe('-95');
    expect((await share4G(page)).text).toBe(before.text);
  }, 300_000);

  it('shows a station\'s band, height, environment, path-loss model and range in its site\'s popup', async () => {
    const hit = await findOnMap(page, 'sites');
    expect(hit).not.toBeNull();
    await page.getByTestId('map').click({ position: { x: hit!.x, y: hit!.y } });
    const stations = page.getByTestId('popup-stations');
    await stations.waitFor({ timeout: 30_000 });
    const text = await stations.innerText();
    // The generated rows give no band, height or sector: the defaults, named so.
    expect(text).toContain('Băng tần');
    expect(text).toContain('30 m (mặc định)');
    expect(text).toMatch(/Môi trường\s+(Đô thị|Nông thôn) \(theo loại: (Phường|Xã)\)/);
    expect(text).toMatch(/Bán kính phủ 4G\s+[\d,.]+ k?m · B3 COST-231 Hata/);
    await page.screenshot({ path: join(RESULTS, 'radio-popup-1280x800.png') });
  });

  it('puts the panel in the phone\'s overview tab, fitting the width, and goes back to the defaults', async () => {
    await page.locator('.maplibregl-popup-close-button').click();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.locator('.sheet-tabs [data-tab="overview"]').click();
    await page.getByTestId('sheet-handle').click();
    const panel = page.getByTestId('radio-model');
    await panel.scrollIntoViewIfNeeded();
    await idle(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await panel.evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true);
    await page.screenshot({ path: join(RESULTS, 'radio-model-390x844.png') });
    const counts = await shownCounts(page);
    await page.getByTestId('radio-reset').click();
    await shownAfter(page, counts);
    await expect(page.getByTestId('radio-thresholdDbm-4G').inputValue()).resolves.toBe('-105');
  }, 300_000);

  it('logged no console errors, page errors or failed requests', () => {
    expect(problems).toEqual([]);
  });
});
