import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium, RESULTS, type Chromium } from './chromium.ts';
import { stepsShot } from './importSteps.ts';
const FIXTURE = 'tests/fixtures/import/stations_required_field_empty.csv';

/** Waits until the worker has (re)loaded the data and the loading overlay is gone. */
async function loaded(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__phusong?.dataLoaded === true, undefined, { timeout: 30_000 });
  await page.locator('.loading').waitFor({ state: 'detached', timeout: 30_000 });
}

/** Drops a file on the map as a user dragging it from the desktop would. */
async function dropFile(page: Page, path: string, name: string): Promise<void> {
  const text = readFileSync(path, 'utf8');
  const dataTransfer = await page.evaluateHandle(({ text, name }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], name, { type: 'text/csv' }));
    return dt;
  }, { text, name });
  await page.dispatchEvent('[data-testid="map"]', 'drop', { dataTransfer });
}

const count = (page: Page, name: string) => page.locator(`[data-testid="import-report"] [data-count="${name}"]`).first().textContent();

describe('importing a messy station file in Chromium', () => {
  let chromium: Chromium;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    chromium = await launchChromium({ height: 900, acceptDownloads: true });
    ({ page, problems } = chromium);
    await page.goto(inject('baseUrl'));
    await loaded(page);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('shows the mapping step with the guessed columns for a dropped file', async () => {
    await dropFile(page, FIXTURE, 'tram-loi.csv');
    await page.getByTestId('mapping-step').waitFor();
    expect(await page.getByTestId('layer-kind').inputValue()).toBe('stations');
    expect(await page.locator('select[data-field="operator"]').inputValue()).toBe('operator');
    expect(await count(page, 'rejected')).toBe('4');
    await stepsShot(page, join(RESULTS, 'import-1-mapping.png'));
  });

  it('re-runs the import when a column is corrected', async () => {
    await page.locator('select[data-field="operator"]').selectOption('');
    await expect.poll(() => page.locator('.import-error').textContent()).toContain('thiếu cột cho lớp Trạm BTS: Nhà mạng');
    await page.locator('select[data-field="operator"]').selectOption('station_id');
    await expect.poll(() => count(page, 'rejected')).toBe('3');
    await page.locator('select[data-field="operator"]').selectOption('operator');
    await expect.poll(() => count(page, 'rejected')).toBe('4');
    expect(await count(page, 'rows')).toBe('5');
    expect(await count(page, 'imported')).toBe('1');
    const reasons = await page.locator('[data-testid="import-report"] [data-reason]').allTextContents();
    expect(reasons.join('|')).toContain('Trường bắt buộc bị trống: 2');
    await stepsShot(page, join(RESULTS, 'import-2-corrected.png'));
  });

  it('imports the layer, lists it and downloads the rejected rows with their reasons', async () => {
    await page.getByRole('button', { name: 'Nhập lớp này' }).click();
    await page.locator('[data-testid="saved-layers"] li[data-kind="stations"]').waitFor();
    await loaded(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-rejected').click()]);
    expect(download.suggestedFilename()).toBe('tram-loi-rejected.csv');
    const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').split('\r\n');
    // The file's own columns as they were, then the row and the reason in the UI's language, as the report words it.
    expect(csv[0]).toBe('station_id,operator,lat,lon,tech,Dòng,Lý do');
    expect(csv.slice(1, -1)).toHaveLength(4);
    expect(csv[1]).toBe(',Viettel,21.1861,106.0763,4G,2,Trường bắt buộc bị trống');
    expect(csv[3]).toBe('BN0703,VNPT,,106.0763,4G,4,Thiếu tọa độ');
    expect(csv[4]).toBe('BN0704,VNPT,abc,106.0763,4G,5,"Không đọc được tọa độ: ""abc"""');
    await page.screenshot({ path: join(RESULTS, 'import-3-imported.png') });
  });

  it('keeps the layer across a reload, then goes back to the demo data', async () => {
    await page.reload();
    await loaded(page);
    const item = page.locator('[data-testid="saved-layers"] li[data-kind="stations"]');
    await item.waitFor();
    expect(await item.textContent()).toContain('tram-loi.csv');
    await page.screenshot({ path: join(RESULTS, 'import-4-reloaded.png') });
    await page.getByTestId('reset-demo').click();
    await page.getByTestId('saved-layers').waitFor({ state: 'detached' });
    await loaded(page);
    await page.screenshot({ path: join(RESULTS, 'import-5-reset.png') });
  });

  it('exports the villages with their coverage shares as CSV', async () => {
    // The figures of the data set shown, not the last one's: one engine result for every data set loaded.
    await page.waitForFunction(() => (window.__phusong?.statsShown ?? 0) >= (window.__phusong?.loads ?? 1), undefined, { timeout: 60_000 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="villages-csv"]').click()]);
    const lines = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
    const header = lines[0]!.split(',');
    expect(header).toEqual(expect.arrayContaining(['Mã thôn', 'Dân số', 'Phủ 4G (%)', 'Phủ 5G (%)', 'Phủ cáp quang (%)']));
    expect(lines.length - 1).toBeGreaterThan(1000);
    const pct4g = header.indexOf('Phủ 4G (%)');
    const values = lines.slice(1).map((line) => Number(line.split(',')[pct4g]));
    expect(values.every((v) => v >= 0 && v <= 100)).toBe(true);
  });

  it('logged no console errors or page errors', () => {
    expect(problems).toEqual([]);
  });
});
