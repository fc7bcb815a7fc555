import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findOnMap, idle, launchApp, rendered, RESULTS, type Chromium } from './chromium.ts';

describe('the app in Chromium', () => {
  let chromium: Chromium;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    chromium = await launchApp();
    ({ page, problems } = chromium);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('draws communes, villages and sites, and says the data is a demo', async () => {
    expect(await rendered(page, ['communes-line'])).toBeGreaterThan(0);
    expect(await rendered(page, ['villages-fill'])).toBeGreaterThan(0);
    expect(await rendered(page, ['sites'])).toBeGreaterThan(0);
    await expect(page.getByTestId('demo-badge').textContent()).resolves.toBe('Dữ liệu minh họa');
    await page.screenshot({ path: join(RESULTS, 'app-1280x800.png') });
  });

  it('switches the villages layer off and on again', async () => {
    const toggle = page.locator('input[data-layer="villages"]');
    await toggle.click();
    await idle(page);
    expect(await rendered(page, ['villages-fill'])).toBe(0);
    await toggle.click();
    await idle(page);
    expect(await rendered(page, ['villages-fill'])).toBeGreaterThan(0);
  });

  it('shows the name of the clicked village in a popup', async () => {
    const found = await findOnMap(page, 'villages-fill', { clearOf: 'sites' });
    const target = found && { ...found, name: String(found.properties.name) };
    expect(target).not.toBeNull();
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + target!.x, box.y + target!.y);
    const title = page.getByTestId('popup-title');
    await title.waitFor();
    expect(await title.textContent()).toBe(target!.name);
    await page.screenshot({ path: join(RESULTS, 'app-popup.png') });
  });

  it('shows the clicked site with its operators and stations, read from the vector tiles', async () => {
    const found = await findOnMap(page, 'sites', { step: 5 });
    const target = found && { ...found, id: String(found.properties.id), operators: String(found.properties.operators) };
    expect(target).not.toBeNull();
    const box = (await page.getByTestId('map').boundingBox())!;
    await page.mouse.click(box.x + target!.x, box.y + target!.y);
    const title = page.getByTestId('popup-title');
    await expect.poll(() => title.textContent()).toContain(target!.id);
    const popup = await page.locator('.popup').textContent();
    expect(popup).toContain('Nhà mạng');
    expect(popup).toContain(target!.operators);
    expect(popup).toMatch(/Số trạm\s*\d+|Trạm\s*\d+/);
    // The engine's figures came long ago: its progress bar must not linger (late progress messages once revived it).
    await expect.poll(() => page.getByText('Đang tính phủ sóng').count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'app-site-popup.png') });
    await page.keyboard.press('Escape');
  });

  it('switches the labels to English and back', async () => {
    const heading = page.locator('.side-panel h2').first();
    const vietnamese = await heading.textContent();
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await expect(page.getByTestId('demo-badge').textContent()).resolves.toBe('Demo data');
    expect(await heading.textContent()).not.toBe(vietnamese);
    await page.getByRole('button', { name: 'VI', exact: true }).click();
    expect(await heading.textContent()).toBe(vietnamese);
  });

  it('looks right at 1920×1080 too', async () => {
    await page.setViewportSize({ width: 1920, height: 1080 });
    await idle(page);
    expect(await rendered(page, ['villages-fill'])).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'app-1920x1080.png') });
  });

  it('colours the villages by the technology picked', async () => {
    const map = page.getByTestId('map');
    const fill = () => page.evaluate(() => JSON.stringify(window.__phusong!.map.getPaintProperty('villages-fill', 'fill-color')));
    expect(await fill()).toContain('pct4G');
    const before = await map.screenshot();
    await page.locator('label:has(input[data-colour-by="5G"])').click();
    await idle(page);
    expect(await fill()).toContain('pct5G');
    const after = await map.screenshot();
    expect(after.equals(before)).toBe(false);
    await page.screenshot({ path: join(RESULTS, 'app-colour-5G.png') });
    await page.locator('label:has(input[data-colour-by="4G"])').click();
    await idle(page);
  });

  it('draws the 4G raster under the village colours and the outlines and sites over both', async () => {
    const state = await page.evaluate(() => {
      const map = window.__phusong!.map;
      const ids = map.getStyle().layers.map((l) => l.id);
      return {
        ids,
        rasterVisible: map.getLayoutProperty('coverage-4G', 'visibility') !== 'none',
        fill: JSON.stringify(map.getPaintProperty('villages-fill', 'fill-color')),
      };
    });
    expect(state.rasterVisible).toBe(true);
    expect(state.fill).toContain('pct4G');
    expect(await rendered(page, ['villages-fill'])).toBeGreaterThan(0);
    const at = (id: string) => state.ids.indexOf(id);
    expect(at('coverage-4G')).toBeGreaterThan(-1);
    expect(at('coverage-4G')).toBeLessThan(at('villages-fill'));
    expect(at('villages-fill')).toBeLessThan(at('villages-line'));
    expect(state.ids.at(-1)).toBe('sites');
    await page.getByTestId('map').screenshot({ path: join(RESULTS, 'app-layers-4G.png') });
  });

  it('counts more villages as covered when the threshold is lowered, and can hide the covered ones', async () => {
    // "1.271 / 1.321 thôn đạt ngưỡng 95 %": the count before the slash, its thousands grouped by dots.
    const count = async () => Number(/^([\d.]+)/.exec((await page.getByTestId('covered-count').textContent()) ?? '')?.[1]?.replace(/\./g, ''));
    const at95 = await count();
    await page.getByTestId('threshold').fill('50');
    await page.waitForFunction(() => window.__phusong?.statsThresholdPct === 50, undefined, { timeout: 30_000 });
    await expect.poll(count).toBeGreaterThan(at95);
    const all = await rendered(page, ['villages-fill']);
    await page.locator('input[data-setting="below-only"]').check();
    await idle(page);
    const below = await rendered(page, ['villages-fill']);
    expect(below).toBeLessThan(all);
    await page.screenshot({ path: join(RESULTS, 'app-below-threshold.png') });
    await page.locator('input[data-setting="below-only"]').uncheck();
    await page.getByTestId('threshold').fill('95');
    await page.waitForFunction(() => window.__phusong?.statsThresholdPct === 95, undefined, { timeout: 30_000 });
    await expect.poll(count).toBe(at95);
  });

  it('lists the villages in a table sorted by coverage', async () => {
    const rows = page.locator('[data-testid="village-table"] tbody tr');
    expect(await rows.count()).toBe(50);
    const pct4G = async () => (await rows.locator('td:nth-child(4)').allTextContents()).map((s) => Number(s.replace(/\./g, '').replace(',', '.')));
    const ascending = await pct4G();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.locator('button[data-sort="4G"]').click();
    const descending = await pct4G();
    expect(descending[0]).toBeGreaterThan(ascending[0]!);
    await page.locator('button[data-sort="4G"]').click();
  });

  it('shows the plan dashboard with a status for every indicator, and outlines a gap village on the map', async () => {
    await page.locator('button[data-tab="plan"]').click();
    const rows = page.locator('[data-testid="indicators"] tbody tr');
    expect(await rows.count()).toBeGreaterThan(3);
    const statuses = await rows.locator('[data-status]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
    expect(statuses).toHaveLength(await rows.count());
    for (const s of statuses) expect(['met', 'behind', 'no data', 'qualitative']).toContain(s);
    expect(statuses).toContain('behind');
    // Units in Vietnamese (the default plan asks for IoT connections per person), never the plan file's codes.
    const text = (await page.getByTestId('indicators').textContent())!;
    expect(text).toContain('kết nối/người');
    expect(text).not.toMatch(/percent|per person|per 100 people|per adult/);
    const village = page.locator('.gap-villages button').first();
    expect(await village.textContent()).toMatch(/ — (Xã|Phường|Đặc khu) /);
    await village.click();
    await idle(page);
    const highlighted = await page.evaluate(() => {
      const map = window.__phusong!.map;
      return map.querySourceFeatures('villages').filter((f) => map.getFeatureState({ source: 'villages', id: f.id! }).highlight === true)
        .map((f) => String(f.properties.name));
    });
    expect(highlighted.length).toBeGreaterThan(0);
    expect((await village.textContent())!.startsWith(highlighted[0]!)).toBe(true);
    await page.screenshot({ path: join(RESULTS, 'app-plan.png') });
  });

  it('logged no console errors or warnings, page errors or failed requests', () => {
    expect(problems).toEqual([]);
  });
});
