import { join } from 'node:path';
import { bbox } from '@turf/turf';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDemo } from '../../src/core/demo/generateDemo.ts';
import { launchChromium, RESULTS, waitForApp, type Chromium } from './chromium.ts';

/** The demo the app shows (default seed): the oracle for names and village counts. */
const demo = generateDemo({});
const villagesOf = (code: string) => demo.villages.filter((v) => v.communeCode === code).length;
/** The commune's box, `[west, south, east, north]`. */
const communeBox = (code: string) => bbox(demo.communes.find((c) => c.code === code)!.geometry);

/** A page on the app at `query`, once the data is in the map and the engine has run. */
async function openApp(context: BrowserContext, query: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}${query}`);
  await waitForApp(page);
  return page;
}

describe('the commune view in Chromium', () => {
  let chromium: Chromium;
  let context: BrowserContext;
  let problems: string[];

  beforeAll(async () => {
    chromium = await launchChromium();
    ({ context, problems } = chromium);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('finds a commune typed without diacritics, opens it and puts its code in the address', async () => {
    const page = await openApp(context, '');
    const commune = demo.communes[2]!;
    expect(commune.name).toBe('Xã Cẩm Lộc');
    await page.locator('button[data-tab="commune"]').click();
    await page.getByTestId('commune-search').fill('cam loc');
    const suggestion = page.locator(`.suggestions button[data-code="${commune.code}"]`);
    await expect(suggestion.textContent()).resolves.toContain('Xã Cẩm Lộc');
    await suggestion.click();
    await expect(page.getByTestId('commune-name').textContent()).resolves.toBe('Xã Cẩm Lộc');
    expect(new URL(page.url()).searchParams.get('commune')).toBe(commune.code);
    await page.close();
  });

  it('opens straight to the commune of ?commune=CODE, outlined on the map, with exactly its villages', async () => {
    const commune = demo.communes[0]!;
    const page = await openApp(context, `?commune=${commune.code}`);
    await expect(page.getByTestId('commune-name').textContent()).resolves.toBe(commune.name);
    const rows = page.locator('[data-testid="commune-villages"] tbody tr');
    expect(await rows.count()).toBe(villagesOf(commune.code));
    expect(await page.locator('[data-testid="indicators"] tbody tr').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('commune-sites').textContent()).resolves.toMatch(/\d+ vị trí trạm|Không có trạm/);
    const outline = await page.evaluate(() => JSON.stringify(window.__phusong!.map.getFilter('commune-outline')));
    expect(outline).toContain(commune.code);
    await page.screenshot({ path: join(RESULTS, 'commune-1280x800.png') });
    await page.close();
  });

  it('says so when the linked code is not a commune', async () => {
    const page = await openApp(context, '?commune=99999');
    await expect(page.getByTestId('commune-unknown').textContent()).resolves.toContain('99999');
    await page.close();
  });

  it('prints a one-page report: no side panels or controls, the name, plan, indicators and villages', async () => {
    const commune = demo.communes[1]!;
    const page = await openApp(context, `?commune=${commune.code}`);
    await page.evaluate(() => { window.print = () => undefined; });
    // The user has moved the map off the commune before printing.
    const [west, south] = communeBox(commune.code);
    await page.evaluate(([lon, lat]) => window.__phusong!.map.jumpTo({ center: [lon! - 0.1, lat! - 0.1], zoom: 15 }), [west, south]);
    await page.getByTestId('print-report').click();
    await page.locator('img.map-snapshot').waitFor({ state: 'attached' });
    // The picture frames the whole commune, with the legend beside the map.
    const framed = await page.evaluate((box) => {
      const bounds = window.__phusong!.map.getBounds();
      return { contains: bounds.contains([box[0]!, box[1]!]) && bounds.contains([box[2]!, box[3]!]), bounds: bounds.toArray(), box };
    }, communeBox(commune.code));
    expect(framed.contains, JSON.stringify(framed)).toBe(true);
    const picture = await page.locator('img.map-snapshot').evaluate((img: HTMLImageElement) => ({ width: img.naturalWidth, height: img.naturalHeight }));
    const canvas = await page.evaluate(() => ({ width: window.__phusong!.map.getCanvas().width, height: window.__phusong!.map.getCanvas().height }));
    expect(picture.width).toBeGreaterThan(canvas.width);
    expect(picture.height).toBeGreaterThan(canvas.height);
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.side-panel').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('map').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('commune-search').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('print-report').isVisible()).resolves.toBe(false);
    await expect(page.getByTestId('commune-name').isVisible()).resolves.toBe(true);
    await expect(page.locator('.report-title').textContent()).resolves.toBe('Báo cáo hạ tầng viễn thông');
    await expect(page.locator('img.map-snapshot').isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-testid="commune-villages"] tbody tr').count()).toBe(villagesOf(commune.code));
    await page.setViewportSize({ width: 794, height: 1123 });
    await page.screenshot({ path: join(RESULTS, 'commune-print-a4.png'), fullPage: true });
    await page.close();
  });

  it('logged no console errors or page errors', () => {
    expect(problems).toEqual([]);
  });
});
