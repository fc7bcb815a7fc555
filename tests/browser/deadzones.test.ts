import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type {} from '../../src/ui/testHook.ts';

const RESULTS = 'test-results';
// MapLibre needs WebGL: headless Debian Chromium gets it from SwiftShader (software).
const ARGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

/** Features rendered on the given map layers, counted in the page. */
function rendered(page: Page, layers: string[]): Promise<number> {
  return page.evaluate((ids) => window.__phusong!.map.queryRenderedFeatures({ layers: ids }).length, layers);
}

/** Waits until the map has drawn everything it was asked to. */
async function idle(page: Page): Promise<void> {
  await page.evaluate(() => {
    const map = window.__phusong!.map;
    return new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
  });
}

describe('dead zones in Chromium', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const problems: string[] = [];

  beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    userDataDir = mkdtempSync(join(tmpdir(), 'phusong-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: '/usr/bin/chromium', headless: true, args: ARGS, viewport: { width: 1280, height: 800 },
    });
    browser = context.browser()!;
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
    await page.goto(inject('baseUrl'));
    await page.waitForFunction(() => window.__phusong?.dataLoaded === true, undefined, { timeout: 30_000 });
    await page.waitForFunction(() => window.__phusong?.statsThresholdPct === 95, undefined, { timeout: 30_000 });
    await idle(page);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  const zonePeople = () => page.locator('[data-testid="dead-zones"] tbody tr').evaluateAll((rows) => rows.map((r) => Number(r.getAttribute('data-people'))));
  const totalFor = async (operator: string) => {
    await page.getByTestId('dead-zone-operator').selectOption(operator);
    const total = page.locator(`[data-testid="dead-zone-total"][data-operator="${operator}"]`);
    await total.waitFor({ timeout: 30_000 });
    return Number(await total.getAttribute('data-people'));
  };

  it('lists the dead zones largest first and draws them on the map', async () => {
    await page.locator('button[data-tab="deadZones"]').click();
    const total = await totalFor('');
    const people = await zonePeople();
    expect(people.length).toBeGreaterThan(0);
    expect(people).toEqual([...people].sort((a, b) => b - a));
    expect(total).toBeGreaterThan(0);
    await idle(page);
    expect(await rendered(page, ['dead-zones-fill'])).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'deadzones-all.png') });
  });

  it('flies to a zone when its row is clicked', async () => {
    const centre = () => page.evaluate(() => window.__phusong!.map.getCenter().toArray());
    const zoom = () => page.evaluate(() => window.__phusong!.map.getZoom());
    const before = [await centre(), await zoom()];
    await page.locator('[data-testid="dead-zones"] tbody tr button').first().click();
    await page.waitForFunction(() => !window.__phusong!.map.isMoving(), undefined, { timeout: 10_000 });
    await page.waitForTimeout(800);
    await idle(page);
    expect([await centre(), await zoom()]).not.toEqual(before);
    expect(await rendered(page, ['dead-zones-fill'])).toBeGreaterThan(0);
    await page.screenshot({ path: join(RESULTS, 'deadzones-zone.png') });
  });

  it('counts at least as many people in dead zones for one operator as for all operators', async () => {
    const all = await totalFor('');
    const operators = await page.getByTestId('dead-zone-operator').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    expect(operators.length).toBeGreaterThan(1);
    for (const operator of operators) expect(await totalFor(operator)).toBeGreaterThanOrEqual(all);
  });

  it('hides the dead-zone layer when another tab is opened', async () => {
    await page.locator('button[data-tab="villages"]').click();
    await idle(page);
    expect(await rendered(page, ['dead-zones-fill'])).toBe(0);
  });

  it('logged no console errors, page errors or failed requests', () => {
    expect(problems).toEqual([]);
  });
});
