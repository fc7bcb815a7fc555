import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDemo } from '../../src/core/demo/generateDemo.ts';
import { communesToGeoJson } from '../../src/core/export/communesToGeoJson.ts';
import { villagesToGeoJson } from '../../src/core/export/villagesToGeoJson.ts';
import { idle, launchChromium, RESULTS, waitForApp, type Chromium } from './chromium.ts';
import { chooseFile, confirmImport } from './importSteps.ts';

/** A figure of the coverage summary, unrounded (`data-value`). */
const figure = async (page: Page, key: string) =>
  Number(await page.locator(`[data-testid="coverage-summary"] [data-figure="${key}"]`).getAttribute('data-value'));
const entries = (page: Page) => page.locator('[data-testid="whatif-entries"] li');

/** Waits for the scenario to list `n` edits and the figures to be shown again. */
async function editsListed(page: Page, n: number): Promise<void> {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="whatif-entries"] li').length === n, n, { timeout: 120_000 });
  await page.getByTestId('whatif-busy').waitFor({ state: 'detached', timeout: 120_000 });
  await idle(page);
}

/** Where on screen a feature of `layer` lies (its first), with its properties. */
function screenPoint(page: Page, layer: string, where: string | null = null) {
  return page.evaluate(({ layer, where }) => {
    const map = window.__phusong!.map;
    const features = map.queryRenderedFeatures({ layers: [layer] }).filter((f) => where === null || String(f.properties.stationCount) === where);
    const { width, height } = map.getCanvas().getBoundingClientRect();
    for (const f of features) {
      const p = map.project((f.geometry as GeoJSON.Point).coordinates as [number, number]);
      if (p.x > 40 && p.y > 40 && p.x < width - 40 && p.y < height - 40) return { x: p.x, y: p.y, properties: f.properties as Record<string, unknown> };
    }
    return null;
  }, { layer, where });
}

/** The map canvas's offset in the page: mouse positions are the page's. */
const canvasBox = async (page: Page) => (await page.getByTestId('map').boundingBox())!;

describe('what-if edits and the siting optimiser in Chromium, on the demo', () => {
  let chromium: Chromium;
  let page: Page;
  let problems: string[];
  let exported = '';
  const figuresAfter: Record<string, number> = {};

  beforeAll(async () => {
    chromium = await launchChromium({ acceptDownloads: true });
    ({ page, problems } = chromium);
    await page.goto(inject('baseUrl'));
    await waitForApp(page);
    await idle(page);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('adds a station where the map is clicked, with the form\'s radius, and shows the new figures', async () => {
    await page.locator('button[data-tab="whatif"]').click();
    await page.getByTestId('whatif-radius').fill('3000');
    const [sites, g4] = [await figure(page, 'sites'), await figure(page, '4G')];
    await page.getByTestId('whatif-add-mode').click();
    const gap = await page.evaluate(() => {
      // The middle of the least covered village drawn clear of the edges: a station there covers people anew.
      const map = window.__phusong!.map;
      const { width, height } = map.getCanvas().getBoundingClientRect();
      let best: { x: number; y: number; pct: number } | null = null;
      for (let y = 60; y < height - 60; y += 15) {
        for (let x = 60; x < width - 60; x += 15) {
          const f = map.queryRenderedFeatures([x, y], { layers: ['villages-fill'] })[0];
          const pct = Number(f?.properties.pct4G ?? 100);
          if (f && Number(f.properties.population) > 0 && (!best || pct < best.pct)) best = { x, y, pct };
        }
      }
      return best;
    });
    expect(gap!.pct).toBeLessThan(50);
    const box = await canvasBox(page);
    await page.mouse.click(box.x + gap!.x, box.y + gap!.y);
    await editsListed(page, 1);
    expect(await entries(page).first().getAttribute('data-kind')).toBe('add');
    expect(Number(await entries(page).first().getAttribute('data-people'))).toBeGreaterThan(0);
    expect(await figure(page, 'sites')).toBe(sites + 1);
    expect(await figure(page, '4G')).toBeGreaterThan(g4);
    await page.getByTestId('whatif-add-mode').click();
    await page.screenshot({ path: join(RESULTS, 'whatif-added.png') });
  });

  it('moves the added station by dragging its ring', async () => {
    const ring = await screenPoint(page, 'whatif-edited');
    expect(ring).not.toBeNull();
    const box = await canvasBox(page);
    await page.mouse.move(box.x + ring!.x, box.y + ring!.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(box.x + ring!.x + 8 * i, box.y + ring!.y + 4 * i);
    await page.mouse.up();
    await editsListed(page, 2);
    expect(await entries(page).nth(1).getAttribute('data-kind')).toBe('move');
    const moved = await screenPoint(page, 'whatif-edited');
    expect(Math.hypot(moved!.x - ring!.x - 80, moved!.y - ring!.y - 40)).toBeLessThan(6);
  });

  it('removes a single-station site from its popup, then undoes and redoes it', async () => {
    const sites = await figure(page, 'sites');
    const site = await screenPoint(page, 'sites', '1');
    expect(site).not.toBeNull();
    const box = await canvasBox(page);
    await page.mouse.click(box.x + site!.x, box.y + site!.y);
    await page.getByTestId('site-actions').waitFor();
    await page.screenshot({ path: join(RESULTS, 'whatif-popup.png') });
    await page.getByTestId('remove-station').first().click();
    await editsListed(page, 3);
    expect(await figure(page, 'sites')).toBe(sites - 1);
    await page.getByTestId('whatif-undo').click();
    await editsListed(page, 2);
    expect(await figure(page, 'sites')).toBe(sites);
    await page.getByTestId('whatif-redo').click();
    await editsListed(page, 3);
    expect(await figure(page, 'sites')).toBe(sites - 1);
  });

  it('runs the optimiser for one operator, lists its actions, applies them as a scenario and exports the stations', async () => {
    await page.locator('button[data-tab="siting"]').click();
    const operator = await page.getByTestId('siting-operator').locator('option').nth(1).getAttribute('value');
    await page.getByTestId('siting-operator').selectOption(operator!);
    await page.getByTestId('siting-colocations').fill('2');
    await page.getByTestId('siting-new-sites').fill('1');
    await page.getByTestId('siting-run').click();
    await page.getByTestId('siting-result').waitFor({ timeout: 180_000 });
    expect(await page.locator('[data-testid="siting-actions"] li').evaluateAll((li) => li.map((l) => l.getAttribute('data-action'))))
      .toEqual(['colocate', 'colocate', 'new_site']);
    await idle(page);
    expect(await screenPoint(page, 'whatif-plan')).not.toBeNull();
    await page.screenshot({ path: join(RESULTS, 'siting-1280.png') });
    const sharing = await figure(page, 'sharingPct');
    await page.getByTestId('siting-apply').click();
    await page.getByTestId('siting-applied').waitFor({ timeout: 120_000 });
    expect(await figure(page, 'sharingPct')).toBeGreaterThan(sharing);
    await page.locator('button[data-tab="whatif"]').click();
    await editsListed(page, 6);
    expect(await entries(page).evaluateAll((li) => li.slice(3).map((l) => l.getAttribute('data-kind')))).toEqual(['colocate', 'colocate', 'add']);
    for (const key of ['4G', '5G', 'sites', 'sharedSites']) figuresAfter[key] = await figure(page, key);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('whatif-export').click()]);
    exported = readFileSync((await download.path())!, 'utf8');
    expect(exported.split('\n')[0]).toMatch(/^station_id,operator,lat,lon,tech/);
    await page.screenshot({ path: join(RESULTS, 'whatif-scenario-1280.png') });
  });

  it('re-imports the exported stations with the demo\'s communes and villages to the same figures', async () => {
    const demo = generateDemo();
    await chooseFile(page, 'communes.geojson', communesToGeoJson(demo.communes), 'application/geo+json');
    await confirmImport(page, 'communes');
    await chooseFile(page, 'villages.geojson', villagesToGeoJson(demo.villages), 'application/geo+json');
    await confirmImport(page, 'villages');
    await chooseFile(page, 'stations.csv', exported);
    await confirmImport(page, 'stations');
    expect(await figure(page, 'sites')).toBe(figuresAfter.sites);
    expect(await figure(page, 'sharedSites')).toBe(figuresAfter.sharedSites);
    // Positions are written to 6 decimals: shares move by far less than the printed digit.
    expect(Math.abs((await figure(page, '4G')) - figuresAfter['4G']!)).toBeLessThan(0.01);
    expect(Math.abs((await figure(page, '5G')) - figuresAfter['5G']!)).toBeLessThan(0.01);
  });

  it('logged no console errors, page errors or failed requests', () => {
    expect(problems).toEqual([]);
  });
});

describe('the what-if and siting panels on a phone', () => {
  let chromium: Chromium;
  let page: Page;

  beforeAll(async () => {
    chromium = await launchChromium({ width: 390, height: 844, phone: true });
    page = chromium.page;
    await page.goto(inject('baseUrl'));
    await waitForApp(page);
    await idle(page);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('shows both panels in the sheet, inside the screen\'s width', async () => {
    for (const [tab, panel] of [['whatif', 'whatif-panel'], ['siting', 'siting-panel']] as const) {
      await page.locator(`[data-testid="sheet"] button[data-tab="${tab}"]`).click();
      await page.getByTestId(panel).waitFor();
      const width = await page.getByTestId(panel).evaluate((el) => el.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
      await page.screenshot({ path: join(RESULTS, `${tab}-390.png`) });
    }
  });
});
