import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDemo } from '../../src/core/demo/generateDemo.ts';
import { launchChromium, RESULTS, type Chromium } from './chromium.ts';
import { chooseFile, confirmImport, loaded, reportCount, stepsShot } from './importSteps.ts';

const HEADERS = ['Mã trạm', 'Nhà mạng', 'Doanh nghiệp', 'Vĩ độ', 'Kinh độ', 'Công nghệ'];

/**
 * A station list whose operator is in "Doanh nghiệp" while an older "Nhà mạng" column (the one the guess takes) is
 * filled only in the first row, so a wrong mapping rejects every other row. `extra` adds a column, which makes a
 * different header row.
 */
function createStationFile(rows: number, first: number, extra?: string): string {
  const stations = generateDemo().stations.slice(first, first + rows);
  const lines = [[...HEADERS, ...(extra ? [extra] : [])].join(',')];
  stations.forEach((s, i) => {
    const cells = [s.id, i === 0 ? s.operator : '', s.operator, String(s.lat), String(s.lon), '4G'];
    lines.push([...cells, ...(extra ? ['ghi chú'] : [])].join(','));
  });
  return `${lines.join('\n')}\n`;
}

const operatorColumn = (page: Page) => page.locator('select[data-field="operator"]').inputValue();

describe('the import remembers a corrected mapping for files with the same headers', () => {
  let chromium: Chromium;
  let page: Page;

  beforeAll(async () => {
    chromium = await launchChromium({ height: 900 });
    page = chromium.page;
    await page.goto(inject('baseUrl'));
    await loaded(page);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('guesses the first file, takes a correction and imports it', async () => {
    await chooseFile(page, 'tram-thang-1.csv', createStationFile(4, 0));
    await page.getByTestId('mapping-step').waitFor();
    expect(await operatorColumn(page)).toBe('Nhà mạng');
    expect(await reportCount(page, 'rejected')).toBe('3');
    await page.locator('select[data-field="operator"]').selectOption('Doanh nghiệp');
    await expect.poll(() => reportCount(page, 'rejected')).toBe('0');
    await stepsShot(page, join(RESULTS, 'import-remember-1-corrected.png'));
    await confirmImport(page, 'stations');
  });

  it('preselects the correction for the next file with the same headers', async () => {
    await chooseFile(page, 'tram-thang-2.csv', createStationFile(5, 10));
    await expect.poll(() => page.locator('[data-testid="import-report"] h3').first().textContent()).toContain('tram-thang-2.csv');
    expect(await operatorColumn(page)).toBe('Doanh nghiệp');
    expect(await reportCount(page, 'imported')).toBe('5');
    expect(await reportCount(page, 'rejected')).toBe('0');
    await stepsShot(page, join(RESULTS, 'import-remember-2-preselected.png'));
    await page.getByRole('button', { name: 'Hủy' }).click();
  });

  it('still preselects it after a reload', async () => {
    await page.reload();
    await loaded(page);
    await chooseFile(page, 'tram-thang-3.csv', createStationFile(6, 20));
    await expect.poll(() => page.locator('[data-testid="import-report"] h3').first().textContent()).toContain('tram-thang-3.csv');
    expect(await operatorColumn(page)).toBe('Doanh nghiệp');
    expect(await reportCount(page, 'imported')).toBe('6');
    expect(await reportCount(page, 'rejected')).toBe('0');
  });

  it('guesses again for a file with different headers', async () => {
    await chooseFile(page, 'tram-ghi-chu.csv', createStationFile(6, 30, 'Ghi chú'));
    await expect.poll(() => page.locator('[data-testid="import-report"] h3').first().textContent()).toContain('tram-ghi-chu.csv');
    expect(await operatorColumn(page)).toBe('Nhà mạng');
    expect(await reportCount(page, 'imported')).toBe('1');
    expect(await reportCount(page, 'rejected')).toBe('5');
    await stepsShot(page, join(RESULTS, 'import-remember-3-other-headers.png'));
  });

  it('logged no console errors or page errors', () => {
    expect(chromium.problems).toEqual([]);
  });
});
