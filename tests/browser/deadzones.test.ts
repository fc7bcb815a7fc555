import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { idle, launchApp, rendered, RESULTS, type Chromium } from './chromium.ts';

describe('dead zones in Chromium', () => {
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
