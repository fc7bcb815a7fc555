import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { launchChromium, RESULTS, type Chromium } from './chromium.ts';
import { confirmImport, loaded, reportCount, stepsShot } from './importSteps.ts';

const TITLES = [['UBND TỈNH BẮC NINH'], ['SỞ KHOA HỌC VÀ CÔNG NGHỆ'], [], ['DANH SÁCH TRẠM BTS NĂM 2025'], []];
const HEADER = ['Mã trạm', 'Nhà mạng', 'Vĩ độ', 'Kinh độ', 'Công nghệ', 'Độ cao cột (m)'];
const ROWS = [
  ['BN001', 'Viettel', 21.1861, 106.0763, '4G', 30],
  ['BN001', 'VNPT', 21.19, 106.08, '4G;5G', 42],
  ['BN003', 'MobiFone', 48.85, 2.35, '4G', 25],
];

async function titledWorkbook(): Promise<number[]> {
  const data = [...TITLES, HEADER, ...ROWS].map((r) => r.map((value) => ({ value })));
  return [...new Uint8Array(await writeXlsxFile(data).toBuffer())];
}

/** Drops a workbook on the map, as a user dragging it from the desktop would. */
async function dropWorkbook(page: Page, name: string, bytes: number[]): Promise<void> {
  const dataTransfer = await page.evaluateHandle(({ bytes, name }) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
    return dt;
  }, { bytes, name });
  await page.dispatchEvent('[data-testid="map"]', 'drop', { dataTransfer });
}

/** True when the element lies wholly inside the window. */
async function inView(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).boundingBox();
  const size = page.viewportSize()!;
  return box !== null && box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

describe.each([
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
])('the import steps of a dropped workbook at $width x $height', ({ width, height }) => {
  let chromium: Chromium;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    chromium = await launchChromium({ width, height });
    ({ page, problems } = chromium);
    await page.goto(inject('baseUrl'));
    await loaded(page);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('shows the next step in the window, with the header found under five title rows', async () => {
    await dropWorkbook(page, 'tram-bts.xlsx', await titledWorkbook());
    await page.getByTestId('mapping-step').waitFor();
    expect(await inView(page, '[data-testid="import-dialog"] button.primary')).toBe(true);
    expect(await page.getByTestId('header-row').inputValue()).toBe('6');
    expect(await page.locator('select[data-field="heightM"]').inputValue()).toBe('Độ cao cột (m)');
    expect(await reportCount(page, 'rows')).toBe('3');
    await stepsShot(page, join(RESULTS, `import-dialog-${width}x${height}.png`));
    await page.screenshot({ path: join(RESULTS, `import-dialog-page-${width}x${height}.png`) });
  });

  it('reads another header row when the user picks it, and the found one again', async () => {
    await page.getByTestId('header-row').selectOption('1');
    await page.getByTestId('import-hint').waitFor();
    await page.getByTestId('header-row').selectOption('6');
    await page.getByTestId('mapping-step').waitFor();
    expect(await inView(page, '[data-testid="import-dialog"] button.primary')).toBe(true);
  });

  it('imports both operators\' BN001 and closes the steps', async () => {
    await confirmImport(page, 'stations');
    expect(await page.getByTestId('import-dialog').count()).toBe(0);
    expect(await reportCount(page, 'imported')).toBe('2');
    expect(await reportCount(page, 'rejected')).toBe('1');
    expect(problems).toEqual([]);
  });
});
