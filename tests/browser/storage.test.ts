import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDemo } from '../../src/core/demo/generateDemo.ts';
import { launchChromium, RESULTS, waitForApp, type Chromium } from './chromium.ts';
import { createStationsCsv } from './createStationsCsv.ts';
import { chooseFile, confirmImport, shownAfter } from './importSteps.ts';

describe('a browser that lets the app keep no data (site data blocked)', () => {
  let chromium: Chromium;

  beforeAll(async () => {
    chromium = await launchChromium({ blockSiteData: true });
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('still opens the demo, and says imports will last until the tab is closed', async () => {
    const { page } = chromium;
    await page.goto(inject('baseUrl'));
    await waitForApp(page);
    expect(await page.evaluate(() => { try { return typeof window.localStorage; } catch { return 'blocked'; } })).toBe('blocked');
    expect(await page.getByTestId('demo-badge').count()).toBe(1);
    await expect(page.getByTestId('data-notice').textContent()).resolves.toContain('Trình duyệt không cho lưu dữ liệu');
  });

  it('imports into a province kept in the tab, and opens on the demo again after a reload', async () => {
    const { page } = chromium;
    await chooseFile(page, 'tram.csv', createStationsCsv(generateDemo().communes, 300).text);
    await page.getByTestId('mapping-step').waitFor();
    await expect(page.getByTestId('import-target').textContent()).resolves.toContain('Nên nhập lớp xã, phường trước');
    await confirmImport(page, 'stations');
    await expect(page.getByTestId('data-storage').textContent()).resolves.toContain('chỉ dùng được đến khi đóng thẻ');
    expect(await page.getByTestId('demo-badge').count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'storage-blocked.png') });
    await page.reload();
    await shownAfter(page, { loads: 0, stats: 0 });
    expect(await page.getByTestId('demo-badge').count()).toBe(1);
  });

  it('logged no page errors', () => {
    // Chromium itself reports the refused storage on the console; the app must not fail.
    expect(chromium.problems.filter((p) => p.startsWith('page:'))).toEqual([]);
  });
});
