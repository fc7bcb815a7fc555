import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { statsCommand } from '../../src/cli/commands/stats.ts';
import { launchChromium, RESULTS, waitForApp, type Chromium } from './chromium.ts';
import { chooseFile, confirmImport, shownAfter } from './importSteps.ts';
import { createRealProvinceFiles, REAL, type RealProvinceFiles } from './realProvince.ts';

/** The text of a figure of the overview (`summary`) or the coverage summary (`coverage-summary`). */
const figure = (page: Page, section: string, key: string) =>
  page.locator(`[data-testid="${section}"] [data-figure="${key}"] dd`).textContent();
/** A whole number as the page prints it in Vietnamese ("1.234"). */
const vi = (n: number) => n.toLocaleString('vi-VN');
/** A percentage as the page prints it ("46,1 %"). */
const pct = (n: number) => `${n.toLocaleString('vi-VN', { maximumFractionDigits: 1 })} %`;

/** The demo's words: none may appear on a user's province. */
const DEMO_WORDS = ['Tỉnh Minh Họa', 'Dữ liệu minh họa', 'minh họa do dự án'];

async function pageText(page: Page): Promise<string> {
  return page.evaluate(() => document.body.innerText);
}

/** What `npm run cli -- stats` gives for the same files. */
async function cliSummary(files: RealProvinceFiles): Promise<Record<string, unknown>> {
  const dir = mkdtempSync(join(tmpdir(), 'phusong-province-'));
  writeFileSync(join(dir, 'villages.csv'), files.villagesCsv);
  writeFileSync(join(dir, 'stations.csv'), files.stationsCsv);
  const out = join(dir, 'out');
  const code = await statsCommand.run([
    '--communes', join(REAL, files.wardsFile), '--villages', join(dir, 'villages.csv'), '--stations', join(dir, 'stations.csv'), '--out', out,
  ]);
  expect(code).toBe(0);
  return JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as Record<string, unknown>;
}

describe.skipIf(!existsSync(REAL))('a new user\'s real province in Chromium (skipped: ../shared/data/real absent)', () => {
  let chromium: Chromium;
  let page: Page;
  let files: RealProvinceFiles;
  let cli: Record<string, unknown>;
  const commune = '07210';

  beforeAll(async () => {
    files = await createRealProvinceFiles('bac_ninh_wards_2025.geojson', 300, 400);
    cli = await cliSummary(files);
    chromium = await launchChromium({ acceptDownloads: true });
    page = chromium.page;
    await page.goto(inject('baseUrl'));
    await waitForApp(page);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('starts the province with the wards: named from their codes, the demo gone, every other layer empty', async () => {
    expect(await page.getByTestId('demo-badge').count()).toBe(1);
    await chooseFile(page, files.wardsFile, files.wards, 'application/geo+json');
    await page.getByTestId('mapping-step').waitFor();
    await expect(page.getByTestId('import-target').textContent()).resolves.toContain('bắt đầu tỉnh của bạn');
    await confirmImport(page, 'communes');
    expect(await page.getByTestId('demo-badge').count()).toBe(0);
    await expect(page.locator('.province-name').textContent()).resolves.toBe('Tỉnh Bắc Ninh');
    expect(await figure(page, 'summary', 'communes')).toBe('99');
    await expect(figure(page, 'summary', 'villages')).resolves.toContain('Nhập lớp thôn, xóm');
    await expect(figure(page, 'summary', 'sites')).resolves.toContain('Nhập lớp trạm BTS');
    await expect(figure(page, 'coverage-summary', '4G')).resolves.toContain('không có dữ liệu');
    for (const word of DEMO_WORDS) expect(await pageText(page)).not.toContain(word);
    await page.screenshot({ path: join(RESULTS, 'province-1-wards.png') });
  });

  it('adds villages known by points (boundaries estimated once) and stations, loading through its own stages', async () => {
    await chooseFile(page, 'thon.csv', files.villagesCsv);
    await page.getByTestId('mapping-step').waitFor();
    expect(await page.getByTestId('import-target').count()).toBe(0);
    // Every text the loading overlay shows, as the page changes it.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __stages: string[] }).__stages = seen;
      new MutationObserver(() => {
        const text = document.querySelector('.loading p')?.textContent;
        if (text && seen.at(-1) !== text) seen.push(text);
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
    await confirmImport(page, 'villages');
    const stages = await page.evaluate(() => (window as unknown as { __stages: string[] }).__stages);
    // The stages of this load, never the demo's "generating" (the estimate's own progress, villages done out of all,
    // is tested in Node: here it can pass between two frames).
    expect(stages).toContain('Đang tính vùng phủ…');
    expect(stages.filter((s) => s.startsWith('Đang tạo dữ liệu'))).toEqual([]);
    expect(stages.filter((s) => s.startsWith('Đang ước tính')).every((s) => /…( \(\d+\/300 thôn\))?$/.test(s))).toBe(true);
    await chooseFile(page, 'tram.csv', files.stationsCsv);
    await page.getByTestId('mapping-step').waitFor();
    await confirmImport(page, 'stations');
    await page.screenshot({ path: join(RESULTS, 'province-2-figures.png') });
  });

  it('shows the command line\'s counts and 4G share for the same files, and fibre as no data', async () => {
    expect(await figure(page, 'summary', 'villages')).toBe(vi(files.villages));
    expect(cli.villages).toBe(files.villages);
    expect(await figure(page, 'summary', 'population')).toBe(vi(cli.population as number));
    expect(await figure(page, 'summary', 'sites')).toBe(vi(cli.sites as number));
    expect(await figure(page, 'summary', 'sharedSites')).toBe(vi(cli.shared_sites as number));
    expect(await figure(page, 'coverage-summary', 'sites')).toBe(vi(cli.sites as number));
    expect(await figure(page, 'coverage-summary', '4G')).toBe(pct(cli.pct_4g as number));
    expect(cli.pct_fibre).toBeNull();
    await expect(figure(page, 'coverage-summary', 'fibre')).resolves.toContain('không có dữ liệu');
    await expect(figure(page, 'coverage-summary', 'fibre')).resolves.toContain('Nhập lớp cáp quang');
    await expect(page.getByTestId('default-radius').textContent()).resolves.toContain('vùng phủ theo mô hình vô tuyến');
    for (const word of DEMO_WORDS) expect(await pageText(page)).not.toContain(word);
  });

  it('explains a figure with its "?"', async () => {
    await page.locator('[data-testid="coverage-summary"] [data-figure="4G"] [data-definition="coverage"]').click();
    await expect(page.locator('[data-testid="coverage-summary"] [role="note"]').textContent()).resolves.toContain('vùng phủ của ít nhất một trạm');
    await page.screenshot({ path: join(RESULTS, 'province-definition.png') });
    await page.locator('[data-testid="coverage-summary"] [data-figure="4G"] [data-definition="coverage"]').click();
  });

  it('lists the layers in the Data panel with their file, date and counts', async () => {
    const today = new Date().toLocaleDateString('vi-VN', { day: '2-digit', month: '2-digit', year: 'numeric' });
    const rows = page.locator('[data-testid="saved-layers"] li');
    const byKind = Object.fromEntries(await rows.evaluateAll((els) => els.map((el) => [el.getAttribute('data-kind'), (el as HTMLElement).innerText])));
    expect(byKind.communes).toContain(files.wardsFile);
    expect(byKind.communes).toContain(`Nhập ngày ${today}`);
    expect(byKind.villages).toContain(`${vi(files.villages)} đã nhập · 0 bị loại`);
    expect(byKind.fibre).toContain('chưa nhập');
    await page.getByTestId('data-panel').screenshot({ path: join(RESULTS, 'province-3-data-panel.png') });
  });

  it('shows only the province in the village table, the plan, the dead zones and the commune report', async () => {
    await page.locator('button[data-tab="villages"]').click();
    const names = await page.locator('[data-testid="village-table"] tbody tr td:first-child').allTextContents();
    expect(names.length).toBe(50);
    expect(names.every((n) => /^Thôn \d+$/.test(n))).toBe(true);
    await expect(page.getByTestId('missing-data').textContent()).resolves.toContain('Cáp quang');
    await page.screenshot({ path: join(RESULTS, 'province-4-villages.png') });

    await page.locator('button[data-tab="plan"]').click();
    expect(await page.getByTestId('plan-select').inputValue()).toBe('bn-2035');
    await page.getByTestId('plan-select').selectOption('bn-2023');
    const status = (id: string) => page.locator(`[data-indicator="${id}"] [data-status]`).getAttribute('data-status');
    await expect(status('villages_fibre')).resolves.toBe('no data');
    await expect(status('households_fibre_access')).resolves.toBe('no data');
    await expect(page.locator('[data-indicator="villages_fibre"] .needs').textContent()).resolves.toContain('Nhập lớp cáp quang');
    expect(['met', 'behind']).toContain(await status('villages_4g'));
    await page.screenshot({ path: join(RESULTS, 'province-5-plan.png') });

    await page.locator('button[data-tab="deadZones"]').click();
    const total = page.getByTestId('dead-zone-total');
    await total.waitFor({ timeout: 60_000 });
    expect(Number(await total.getAttribute('data-people'))).toBeLessThanOrEqual(cli.population as number);
    await page.screenshot({ path: join(RESULTS, 'province-6-deadzones.png') });

    // A reload: the province is read back from the browser's storage, the commune opened from the link.
    await page.goto(`${inject('baseUrl')}?commune=${commune}`);
    await shownAfter(page, { loads: 0, stats: 0 });
    await expect(page.getByTestId('commune-name').textContent()).resolves.toBe(files.communes.find((c) => c.code === commune)!.name);
    const header = await page.locator('.report-header').innerText();
    expect(header).toContain('Tỉnh Bắc Ninh');
    for (const word of DEMO_WORDS) expect(await pageText(page)).not.toContain(word);
    expect(await page.locator('[data-testid="commune-villages"] tbody tr').count()).toBe(files.villagesCsv.split('\n').filter((l) => l.includes(`,${commune},`)).length);
    await page.screenshot({ path: join(RESULTS, 'province-7-commune.png') });
  });

  it('logged no console errors or page errors', () => {
    expect(chromium.problems).toEqual([]);
  });
});

describe.skipIf(!existsSync(REAL))('the Thái Nguyên wards in Chromium (skipped: ../shared/data/real absent)', () => {
  let chromium: Chromium;

  afterAll(async () => {
    await chromium?.close();
  });

  it('name the province Thái Nguyên and open its own plan, not Bắc Ninh\'s', async () => {
    chromium = await launchChromium();
    const { page } = chromium;
    await page.goto(inject('baseUrl'));
    await waitForApp(page);
    const file = 'thai_nguyen_wards_2025.geojson';
    await chooseFile(page, file, readFileSync(join(REAL, file)), 'application/geo+json');
    await page.getByTestId('mapping-step').waitFor();
    await confirmImport(page, 'communes');
    await expect(page.locator('.province-name').textContent()).resolves.toBe('Tỉnh Thái Nguyên');
    expect(await figure(page, 'summary', 'communes')).toBe('92');
    await page.locator('button[data-tab="plan"]').click();
    expect(await page.getByTestId('plan-select').inputValue()).toBe('tn-2023');
    await page.screenshot({ path: join(RESULTS, 'province-thai-nguyen-plan.png') });
    expect(chromium.problems).toEqual([]);
  });
});
