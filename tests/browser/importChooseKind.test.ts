import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, RESULTS, type Chromium } from './chromium.ts';
import { chooseFile, confirmImport, reportCount, stepsShot } from './importSteps.ts';

/** Stations under headers no alias knows except the coordinates: the importer cannot tell the kind or the ids. */
const CSV = ['Trạm,Hãng,Vĩ độ,Kinh độ,Loại', 'BN-A1,Viettel,21.2,106.1,4G', 'BN-A2,VNPT,21.36,106.3,4G;5G', 'BN-A3,MobiFone,21.5,106.55,LTE'].join('\n');

const shot = (page: Page, name: string) => stepsShot(page, join(RESULTS, `import-choose-kind-${name}.png`));
const alert = (page: Page) => page.getByRole('alert').textContent();

describe('a file whose columns tell nothing: the user chooses the kind and the columns, in Chromium', () => {
  let chromium: Chromium;
  let page: Page;

  beforeAll(async () => {
    chromium = await launchApp();
    ({ page } = chromium);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('asks for the kind, then for the columns its headers did not name, then imports every row', async () => {
    await chooseFile(page, 'tram-khong-ro.csv', CSV);
    await expect.poll(() => alert(page)).toContain('không nhận ra loại lớp từ các cột (Trạm, Hãng, Vĩ độ, Kinh độ, Loại)');
    expect(await page.getByTestId('import-hint').textContent()).toContain('chọn loại lớp');
    const kind = page.getByTestId('layer-kind');
    await expect.poll(() => kind.inputValue()).toBe('');
    await shot(page, '1-kind');

    await kind.selectOption('stations');
    await expect.poll(() => alert(page)).toMatch(/thiếu cột cho lớp Trạm BTS: Mã trạm \(/);
    expect(await page.getByTestId('import-hint').textContent()).toContain('chọn cột');
    // The coordinates were recognised and are already chosen; the rest is for the user.
    await expect.poll(() => page.locator('select[data-field="lat"]').inputValue()).toBe('Vĩ độ');
    await expect.poll(() => page.locator('select[data-field="stationId"]').inputValue()).toBe('');
    await expect(page.getByRole('button', { name: 'Nhập lớp này' }).isDisabled()).resolves.toBe(true);
    await shot(page, '2-columns');

    await page.locator('select[data-field="stationId"]').selectOption('Trạm');
    await expect.poll(() => alert(page)).toMatch(/thiếu cột cho lớp Trạm BTS: Nhà mạng \(/);
    await page.locator('select[data-field="operator"]').selectOption('Hãng');
    await page.locator('select[data-field="tech"]').selectOption('Loại');
    await expect.poll(() => reportCount(page, 'imported')).toBe('3');
    expect(await reportCount(page, 'rejected')).toBe('0');
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
    await shot(page, '3-report');

    await confirmImport(page, 'stations');
    expect(chromium.problems).toEqual([]);
  });
});
