import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { idle, launchChromium, RESULTS, waitForApp, type Chromium } from './chromium.ts';
import { chooseFile, stepsShot } from './importSteps.ts';

/** Good rows and rows with every kind of fault; one technology is markup that must stay text. */
const MESSY = readFileSync('tests/fixtures/import/stations_messy.csv', 'utf8');

/** 130 stations whose latitude cannot be read: more issues than the report lists one by one. */
const createUnreadableCsv = (rows: number) =>
  ['Mã trạm,Nhà mạng,Vĩ độ,Kinh độ,Công nghệ', ...Array.from({ length: rows }, (_, i) => `BN${2000 + i},Viettel,x${i},106.1,4G`)].join('\n');

/** A 20 KB KMZ whose doc.kml expands to 20 MB of blank space: past the 100:1 ratio once 8 MB are out. */
const createKmzBomb = () => zipSync({ 'doc.kml': new Uint8Array(20 * 2 ** 20).fill(0x20) });

/** A KMZ whose member is damaged: the archive lists doc.kml but it cannot be inflated. */
function createDamagedKmz(): Uint8Array {
  const kmz = zipSync({ 'doc.kml': strToU8('<kml xmlns="http://www.opengis.net/kml/2.2"><Document/></kml>') });
  // Bytes of the deflated data that no inflater reads (an invalid block type).
  kmz.fill(0xff, 37, 41);
  return kmz;
}

const shot = (page: Page, name: string) => stepsShot(page, join(RESULTS, `import-messages-${name}.png`));
const issues = (page: Page) => page.getByTestId('import-issues');
/** The cells of the listed issues, row by row: row number, column, reason, value. */
const issueCells = (page: Page) =>
  issues(page).locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent)));
const headings = (page: Page) => issues(page).locator('thead th').allTextContents();
const language = (page: Page, name: 'VI' | 'EN') => page.getByRole('button', { name, exact: true }).click();

describe('the import says what is wrong with a file, row by row, in Vietnamese and English, in Chromium', () => {
  let chromium: Chromium;
  let page: Page;
  const dialogs: string[] = [];

  beforeAll(async () => {
    // Tall enough that the import panel, mapping step and report fit the side panel in one screenshot.
    chromium = await launchChromium({ height: 2000 });
    ({ page } = chromium);
    await page.goto(inject('baseUrl'));
    await waitForApp(page);
    await idle(page);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('lists the rejected rows, then the fixed ones, with row numbers, the file\'s headers and the values read', async () => {
    await chooseFile(page, 'tram-loi.csv', MESSY);
    await issues(page).waitFor();
    expect(await headings(page)).toEqual(['Dòng', 'Cột', 'Vấn đề', 'Giá trị']);
    expect(await issueCells(page)).toEqual([
      ['3', 'Mã trạm', 'Trường bắt buộc bị trống', ''],
      ['5', 'Vĩ độ/Kinh độ', 'Vị trí ngoài lãnh thổ Việt Nam', '48.8566, 2.3522'],
      ['6', 'Vĩ độ', 'Không đọc được tọa độ', '"abc"'],
      ['7', 'Mã trạm', 'Trùng mã với một dòng trước', '"Viettel:BN0901"'],
      ['8', 'Công nghệ', 'Không có công nghệ nào hợp lệ', '"LTE-X"'],
      ['4', 'Vĩ độ/Kinh độ', 'Vĩ độ và kinh độ bị đổi chỗ, đã sửa', '106.09, 21.2'],
      ['9', 'Công nghệ', 'Bỏ qua công nghệ không rõ', '"<img src=x onerror=alert(1)>"'],
      ['9', 'Độ cao cột', 'Bỏ qua số không đọc được', '"cao"'],
    ]);
    const warnings = await page.locator('[data-testid="import-report"] [data-warning]').allTextContents();
    expect(warnings).toEqual(['Vĩ độ và kinh độ bị đổi chỗ, đã sửa: 1', 'Bỏ qua công nghệ không rõ: 1', 'Bỏ qua số không đọc được: 1']);
    // The markup in the file is shown as the text it is, never made into an element.
    expect(await page.locator('[data-testid="import-report"] img').count()).toBe(0);
    expect(await page.getByTestId('issues-more').count()).toBe(0);
    await shot(page, '1-vi');
  });

  it('reads in English once English is chosen, the file\'s own headers and values unchanged', async () => {
    await language(page, 'EN');
    await expect.poll(() => headings(page)).toEqual(['Row', 'Column', 'Problem', 'Value']);
    const cells = await issueCells(page);
    expect(cells[0]).toEqual(['3', 'Mã trạm', 'A required field is empty', '']);
    expect(cells[5]).toEqual(['4', 'Vĩ độ/Kinh độ', 'Latitude and longitude were swapped; fixed', '106.09, 21.2']);
    expect(await page.locator('[data-testid="import-report"] [data-warning]').first().textContent()).toBe('Latitude and longitude were swapped; fixed: 1');
    await shot(page, '2-en');
  });

  it('lists the first 100 issues of a long file and counts the rest', async () => {
    await chooseFile(page, 'tram-nhieu-loi.csv', createUnreadableCsv(130));
    await expect.poll(() => page.getByTestId('issues-more').textContent()).toBe('and 30 more');
    expect(await issues(page).locator('tbody tr').count()).toBe(100);
    expect((await issueCells(page))[99]).toEqual(['101', 'Vĩ độ', 'Unreadable coordinates', '"x99"']);
    await language(page, 'VI');
    await expect.poll(() => page.getByTestId('issues-more').textContent()).toBe('và 30 dòng khác');
    await shot(page, '3-more');
  });

  it('says in Vietnamese, then in English, that columns telling nothing give no layer', async () => {
    await chooseFile(page, 'bang.csv', 'a,b,c\n1,2,3\n');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent()).toBe(
      'bang.csv: không nhận ra loại lớp từ các cột (a, b, c); hãy chọn loại lớp, và kiểm tra tệp có cột tọa độ (Vĩ độ, Kinh độ) hoặc hình học',
    );
    await shot(page, '4-alert-vi');
    await language(page, 'EN');
    await expect.poll(() => alert.textContent()).toMatch(/^bang\.csv: cannot tell what layer this is from its columns \(a, b, c\)/);
    await page.getByTestId('layer-kind').selectOption('stations');
    await expect.poll(() => alert.textContent()).toMatch(/^bang\.csv: no column for Station id \(/);
    await language(page, 'VI');
    await expect.poll(() => alert.textContent()).toMatch(/^bang\.csv: thiếu cột cho lớp Trạm BTS: Mã trạm \(nhận các tên cột: Mã trạm, /);
    await shot(page, '5-alert-columns');
    expect(dialogs).toEqual([]);
    expect(chromium.problems).toEqual([]);
  });

  it('says in Vietnamese, then in English, that the worker stopped at a limit or could not read the file', async () => {
    await language(page, 'VI');
    await chooseFile(page, 'bomb.kmz', createKmzBomb(), 'application/vnd.google-earth.kmz');
    const alert = page.getByRole('alert');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toBe(
      'bomb.kmz: doc.kml vượt giới hạn tỉ lệ nén (100:1); dừng đọc để bảo vệ bộ nhớ. Nếu tệp đúng, hãy nâng giới hạn (dòng lệnh: --max-zip-ratio N)',
    );
    await shot(page, '6-limit-vi');
    await language(page, 'EN');
    await expect.poll(() => alert.textContent()).toBe(
      'bomb.kmz: doc.kml passes the limit on compression ratio (100:1); reading stopped to protect memory. If the file is sound, raise it on the command line with --max-zip-ratio N',
    );

    await chooseFile(page, 'hong.kmz', createDamagedKmz(), 'application/vnd.google-earth.kmz');
    await expect.poll(() => alert.textContent(), { timeout: 30_000 }).toBe('hong.kmz: cannot read as kmz: invalid block type');
    await language(page, 'VI');
    await expect.poll(() => alert.textContent()).toBe('hong.kmz: không đọc được dạng kmz: invalid block type');
    await shot(page, '7-unreadable-vi');
    expect(dialogs).toEqual([]);
    expect(chromium.problems).toEqual([]);
  });
});
