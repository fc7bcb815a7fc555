import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDemo } from '../../src/core/demo/generateDemo.ts';
import { idle, launchApp, launchChromium, RESULTS, waitForApp, type Chromium } from './chromium.ts';
import { chooseFile } from './importSteps.ts';

const WIDTH = 390;
const HEIGHT = 844;
/** The sheet's tabs and what each shows. */
const TABS: Array<[tab: string, shows: string]> = [
  ['overview', '.panel-header'],
  ['villages', '[data-testid="village-table"]'],
  ['plan', '[data-testid="indicators"]'],
  ['commune', '[data-testid="commune-search"]'],
  ['deadZones', '[data-testid="dead-zones"]'],
  ['import', '[data-testid="choose-file"]'],
];

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`not shown: ${locator.toString()}`);
  return box;
}

const canvasWidth = (page: Page) => page.evaluate(() => window.__phusong!.map.getCanvas().getBoundingClientRect().width);

/** How far right anything in `selector` reaches, and how wide the page scrolls: both at most the screen's width to fit. */
const widths = (page: Page, selector: string) =>
  page.evaluate((selector) => ({
    page: document.documentElement.scrollWidth,
    content: Math.max(0, ...Array.from(document.querySelectorAll(`${selector} *`), (e) => e.getBoundingClientRect().right)),
  }), selector);

describe('the app on a phone (390×844, touch)', () => {
  let chromium: Chromium;
  let page: Page;

  beforeAll(async () => {
    chromium = await launchApp({ width: WIDTH, height: HEIGHT, phone: true });
    page = chromium.page;
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('gives the map the screen, with the tabs of the panels under it and nothing overlapping', async () => {
    expect(await canvasWidth(page)).toBe(WIDTH);
    const map = await boxOf(page.getByTestId('map'));
    expect(map.height).toBeGreaterThan(HEIGHT * 0.8);
    const badge = await boxOf(page.getByTestId('demo-badge'));
    const sheet = await boxOf(page.getByTestId('sheet'));
    const controls = await boxOf(page.locator('.maplibregl-ctrl-top-right'));
    const scale = await boxOf(page.locator('.maplibregl-ctrl-scale'));
    const boxes = { badge, sheet, controls, scale };
    for (const [tab] of TABS) {
      const box = await boxOf(page.locator(`.sheet-tabs [data-tab="${tab}"]`));
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(WIDTH + 0.5);
      expect(box.y + box.height).toBeLessThanOrEqual(HEIGHT + 0.5);
      expect(box.height, `a finger-sized ${tab} tab`).toBeGreaterThanOrEqual(40);
      expect(overlap(box, badge), `the badge over the ${tab} tab`).toBe(false);
    }
    const pairs = Object.entries(boxes).flatMap(([a, boxA], i) => Object.entries(boxes).slice(i + 1).map(([b, boxB]) => [`${a}/${b}`, overlap(boxA, boxB)] as const));
    expect(pairs.filter(([, hit]) => hit).map(([names]) => names)).toEqual([]);
    expect(await widths(page, '.app')).toMatchObject({ page: WIDTH });
    await page.screenshot({ path: join(RESULTS, 'phone-390x844.png') });
  });

  it('opens each panel with a tap on its tab, keeps the map beside it, and folds it away with another tap', async () => {
    for (const [tab, shows] of TABS) {
      const button = page.locator(`.sheet-tabs [data-tab="${tab}"]`);
      await button.tap();
      await expect.poll(() => button.getAttribute('aria-selected')).toBe('true');
      await page.locator(`.sheet-body ${shows}`).first().waitFor({ state: 'visible' });
      expect(await canvasWidth(page)).toBe(WIDTH);
      expect((await boxOf(page.getByTestId('map'))).height).toBeGreaterThan(HEIGHT * 0.3);
      expect(await widths(page, '.sheet-body')).toMatchObject({ page: WIDTH });
      await page.screenshot({ path: join(RESULTS, `phone-tab-${tab}.png`) });
    }
    await page.locator('.sheet-tabs [data-tab="import"]').tap();
    await expect.poll(() => page.locator('.sheet-body').isVisible()).toBe(false);
    expect((await boxOf(page.getByTestId('map'))).height).toBeGreaterThan(HEIGHT * 0.8);
  });

  it('grows the sheet to nearly the whole screen from its handle, and back', async () => {
    await page.locator('.sheet-tabs [data-tab="villages"]').tap();
    const half = (await boxOf(page.getByTestId('sheet'))).height;
    await page.getByTestId('sheet-handle').tap();
    await expect.poll(async () => (await boxOf(page.getByTestId('sheet'))).height).toBeGreaterThan(half + 100);
    expect((await boxOf(page.getByTestId('map'))).height).toBeGreaterThanOrEqual(90);
    await page.getByTestId('sheet-handle').tap();
    await expect.poll(async () => (await boxOf(page.getByTestId('sheet'))).height).toBe(half);
  });

  it('switches the language from the overview tab', async () => {
    await page.locator('.sheet-tabs [data-tab="overview"]').tap();
    await page.getByRole('button', { name: 'EN', exact: true }).tap();
    await expect.poll(() => page.locator('.sheet-tabs [data-tab="overview"]').textContent()).toBe('Overview');
    await page.getByRole('button', { name: 'VI', exact: true }).tap();
    await expect.poll(() => page.locator('.sheet-tabs [data-tab="overview"]').textContent()).toBe('Tổng quan');
  });

  it('logged no console errors or warnings, page errors or failed requests', () => {
    expect(chromium.problems).toEqual([]);
  });
});

describe('a commune opened from a link on a phone', () => {
  const commune = generateDemo({}).communes[0]!;
  let chromium: Chromium;
  let page: Page;

  beforeAll(async () => {
    chromium = await launchChromium({ width: WIDTH, height: HEIGHT, phone: true });
    page = chromium.page;
    await page.goto(`${inject('baseUrl')}?commune=${commune.code}`);
    await waitForApp(page);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('opens on the commune view with the commune framed on the map, fitting the width', async () => {
    await expect(page.getByTestId('commune-name').textContent()).resolves.toBe(commune.name);
    expect(await page.locator('.sheet-tabs [data-tab="commune"]').getAttribute('aria-selected')).toBe('true');
    expect(await canvasWidth(page)).toBe(WIDTH);
    await page.getByTestId('sheet-handle').tap();
    await idle(page);
    const fit = await widths(page, '.commune-view');
    expect(fit.page).toBeLessThanOrEqual(WIDTH);
    expect(fit.content).toBeLessThanOrEqual(WIDTH);
    expect(await page.locator('[data-testid="commune-villages"] tbody tr').count()).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'phone-commune.png') });
  });

  it('prints the report: the commune, its indicators and villages, without map, tabs or handle', async () => {
    await page.evaluate(() => { window.print = () => undefined; });
    await page.getByTestId('print-report').tap();
    await page.locator('img.map-snapshot').waitFor({ state: 'attached' });
    await page.emulateMedia({ media: 'print' });
    for (const hidden of ['[data-testid="map"]', '.sheet-tabs', '[data-testid="sheet-handle"]', '[data-testid="print-report"]']) {
      await expect(page.locator(hidden).isVisible(), hidden).resolves.toBe(false);
    }
    await expect(page.getByTestId('commune-name').isVisible()).resolves.toBe(true);
    await expect(page.locator('.report-title').isVisible()).resolves.toBe(true);
    await expect(page.locator('[data-testid="indicators"]').isVisible()).resolves.toBe(true);
    expect(await page.locator('[data-testid="commune-villages"] tbody tr').count()).toBeGreaterThan(0);
    expect((await widths(page, '.commune-view')).page).toBeLessThanOrEqual(WIDTH);
    await page.screenshot({ path: join(RESULTS, 'phone-commune-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen' });
  });

  it('logged no console errors or warnings, page errors or failed requests', () => {
    expect(chromium.problems).toEqual([]);
  });
});

describe('between the phone and the desktop', () => {
  let chromium: Chromium;

  beforeAll(async () => {
    chromium = await launchApp();
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('keeps an import half done when the window crosses the phone width and back', async () => {
    const { page } = chromium;
    await chooseFile(page, 'tram.csv', readFileSync('tests/fixtures/import/stations_required_field_empty.csv'));
    await page.getByTestId('mapping-step').waitFor();
    await page.setViewportSize({ width: WIDTH, height: HEIGHT });
    await page.getByTestId('sheet').waitFor();
    await page.getByTestId('mapping-step').waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.locator('.side-panel').waitFor();
    await page.getByTestId('mapping-step').waitFor();
    await page.getByRole('button', { name: 'Nhập lớp này' }).click();
    await page.locator('.side-panel [data-testid="saved-layers"] li[data-kind="stations"]').waitFor();
  });

  it('puts the analysis under the map on a tablet (820×1180), leaving the map most of the width', async () => {
    const { page } = chromium;
    await page.setViewportSize({ width: 820, height: 1180 });
    await idle(page);
    expect(await canvasWidth(page)).toBeGreaterThan(500);
    // The page lays itself out again after the resize (React re-renders on the resize event): wait for it.
    await expect.poll(async () => {
      const map = await boxOf(page.getByTestId('map'));
      const analysis = await boxOf(page.locator('.analysis-panel'));
      return analysis.y - (map.y + map.height);
    }).toBeGreaterThanOrEqual(-0.5);
    expect(await widths(page, '.app')).toMatchObject({ page: 820 });
    await page.screenshot({ path: join(RESULTS, 'tablet-820x1180.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('logged no console errors or warnings, page errors or failed requests', () => {
    expect(chromium.problems).toEqual([]);
  });
});
