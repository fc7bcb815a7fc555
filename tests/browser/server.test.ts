import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalCluster, type LocalCluster } from '../../server/db/localCluster.ts';
import { startServer, type RunningServer } from '../../server/start.ts';
import { ServerClient } from '../../src/ui/server/client.ts';
import { idle, launchChromium, RESULTS, type Chromium } from './chromium.ts';
import { shownAfter, shownCounts } from './importSteps.ts';

const ROOT = join(import.meta.dirname, '../..');
const fixtures = join(ROOT, 'tests/fixtures/stats');
const PASSWORD = 'password-123';
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Stations published before the test's upload, in the eastern commune 00002 and reaching none of 00001: the
 * upload (stations.csv) moves VT1 onto tower T1 in 00001, adds VN1 and MF1 and removes MF2.
 */
const EARLIER_STATIONS = [
  'station_id,operator,lat,lon,tech,tower_id,height_m,radius_4g_m',
  'VT1,Viettel,21.01,106.038,4G,,30,1300',
  'MF2,MobiFone,21.015,106.035,4G,,25,500',
].join('\n');

async function signIn(page: Page, username: string): Promise<void> {
  const panel = page.locator('.server-panel');
  await panel.locator('input[name="username"]').fill(username);
  await panel.locator('input[name="password"]').fill(PASSWORD);
  await panel.locator('button[type="submit"]').click();
  await panel.locator('.server-user').waitFor();
}

/** Sets the as-of input to `at` in the page's own time zone, to the second, as a user would type it. */
async function chooseAsOf(page: Page, at: Date): Promise<void> {
  const local = await page.evaluate((ms) => {
    const d = new Date(ms);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, at.getTime());
  await page.locator('.server-panel input[name="as-of"]').fill(local);
}

/** The marks the map draws for the change under review, by kind. */
function reviewMarks(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const map = window.__phusong!.map;
    if (!map.getLayer('review-points')) return {};
    const marks: Record<string, number> = {};
    for (const f of map.queryRenderedFeatures({ layers: ['review-points', 'review-lines'] })) {
      const key = `${String(f.properties.mark)}:${f.geometry.type}`;
      marks[key] = (marks[key] ?? 0) + 1;
    }
    return marks;
  });
}

/** The ids of the features in one of the map's GeoJSON sources (what the worker's data set put there). */
function sourceIds(page: Page, source: 'communes' | 'villages'): Promise<string[]> {
  return page.evaluate(async (id) => {
    const data = (await window.__phusong!.map.getSource<import('maplibre-gl').GeoJSONSource>(id)!.getData()) as GeoJSON.FeatureCollection;
    return data.features.map((f) => String(f.properties?.id ?? f.properties?.code)).sort();
  }, source);
}

// The app served by the server (the build the browser tests' set-up made), against a PostgreSQL of its own.
describe('the app against the shared server in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phusong-browser-pg-'));
  chmodSync(dir, 0o711);
  let cluster: LocalCluster;
  let server: RunningServer;
  let chromium: Chromium;
  let page: Page;
  /** A moment with communes and villages published and no station yet. */
  let beforeStations: Date;
  /** A moment after the earlier stations and before the test's upload is approved. */
  let beforeApproval: Date;

  beforeAll(async () => {
    cluster = await startLocalCluster(dir);
    server = await startServer({ databaseUrl: cluster.url, port: 0, distDir: join(ROOT, 'dist'), adminPassword: 'admin-password-1' });
    const admin = await ServerClient.login(server.url, 'admin', 'admin-password-1');
    const create = (body: object) => fetch(`${server.url}/api/users`, { method: 'POST', headers: { authorization: `Bearer ${admin.token}` }, body: JSON.stringify(body) });
    await create({ username: 'so', password: PASSWORD, role: 'department' });
    await create({ username: 'xa-dong', password: PASSWORD, role: 'commune', commune_code: '00001' });
    for (const [kind, file] of [['communes', 'communes.geojson'], ['villages', 'villages.geojson']] as const) {
      await admin.approve((await admin.upload(kind, file, new Uint8Array(readFileSync(join(fixtures, file))))).change_id);
    }
    // The as-of input counts whole seconds: each moment the test asks for lies a second clear of a publication.
    await pause(1100);
    beforeStations = new Date();
    await pause(1100);
    await admin.approve((await admin.upload('stations', 'earlier.csv', new TextEncoder().encode(EARLIER_STATIONS))).change_id);
    chromium = await launchChromium();
    page = chromium.page;
    await page.goto(server.url);
    await page.locator('.server-panel').waitFor({ timeout: 30_000 });
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lets the Sở upload stations, review what they add, move and remove on the map and in a table, and publish them', async () => {
    await signIn(page, 'so');
    const panel = page.locator('.server-panel');
    await panel.locator('[data-figures="province"] tr', { hasText: 'Số trạm' }).filter({ hasText: '2' }).waitFor();
    await panel.locator('select[name="upload-kind"]').selectOption('stations');
    await panel.locator('input[name="upload-file"]').setInputFiles(join(fixtures, 'stations.csv'));
    await panel.locator('.server-upload button').click();
    await panel.locator('.server-upload [role="status"]').filter({ hasText: '3/3' }).waitFor();
    // Opening the review puts the published data on the map, for the change to be seen against it.
    const beforeReview = await shownCounts(page);
    await panel.locator('.server-changes li', { hasText: 'stations.csv' }).locator('button').click();
    const diff = panel.locator('.server-diff');
    await diff.waitFor();
    await shownAfter(page, beforeReview);
    const dataPanel = page.getByTestId('data-panel');
    expect(await dataPanel.getAttribute('data-source')).toBe('server');
    expect(await dataPanel.locator('[data-kind="stations"]').textContent()).toContain('2 bản ghi');
    expect(await diff.locator('p').first().textContent()).toBe('Thêm 2, di chuyển 1, sửa 0, xóa 1, giữ nguyên 0');
    const rows = diff.locator('tbody tr');
    expect(await rows.evaluateAll((trs) => trs.map((tr) => `${tr.getAttribute('data-change-kind')} ${tr.querySelector('td')!.textContent}`)))
      .toEqual(['added MobiFone/MF1', 'added VNPT/VN1', 'moved Viettel/VT1', 'removed MobiFone/MF2']);
    // VT1 moved from 106.038° to 106.005° at 21.01°N: about 3.4 km, written the Vietnamese way.
    expect(await diff.locator('tr[data-change-kind="moved"] td:nth-child(4)').textContent()).toMatch(/^3\.4\d\d,\d$/);
    // On the map: a point per row, the moved station's old place as a ring and a line from there to the new one.
    await expect.poll(() => reviewMarks(page), { timeout: 15_000 })
      .toEqual({ 'added:Point': 2, 'moved:Point': 1, 'was:Point': 1, 'moved:LineString': 1, 'removed:Point': 1 });
    expect(await diff.locator('[data-testid="review-legend"] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-mark'))))
      .toEqual(['added', 'moved', 'was', 'removed']);
    await diff.scrollIntoViewIfNeeded();
    await idle(page);
    await page.screenshot({ path: join(RESULTS, 'server-review.png') });

    beforeApproval = new Date();
    await pause(1100);
    await diff.locator('button.primary').click();
    await panel.locator('.server-changes [role="status"]').filter({ hasText: 'công bố' }).waitFor();
    await panel.locator('[data-figures="province"] tr', { hasText: 'Số trạm' }).filter({ hasText: '3' }).waitFor();
    expect(await panel.locator('.server-changes li', { hasText: 'stations.csv' }).textContent()).toContain('đã công bố');
    expect(await reviewMarks(page)).toEqual({});

    // The map reads the new publication: the whole province for the Sở, said so on the page.
    await dataPanel.locator('[data-kind="stations"]', { hasText: '3 bản ghi' }).waitFor({ timeout: 30_000 });
    await page.locator('.loading').waitFor({ state: 'detached', timeout: 30_000 });
    expect(await page.getByTestId('data-source').textContent()).toContain('đã công bố trên máy chủ');
    expect(await page.getByTestId('data-as-of').textContent()).toBe('Tại thời điểm: hiện tại');
    expect(await page.getByTestId('data-version').textContent()).toMatch(/^Bản công bố #4, lúc \d/);
    expect(await page.getByTestId('server-badge').textContent()).toContain('Dữ liệu công bố trên máy chủ');
    expect(await sourceIds(page, 'communes')).toEqual(['00001', '00002']);
    await page.screenshot({ path: join(RESULTS, 'server-published.png') });
  });

  it("shows a commune user its own commune's area and figures, and the figures as of an earlier moment", async () => {
    await page.locator('.server-panel .server-user button').click();
    // Signing out takes the server's data off the map: the demo comes back.
    await page.getByTestId('demo-badge').waitFor();
    await signIn(page, 'xa-dong');
    const panel = page.locator('.server-panel');
    const villages = panel.locator('[data-figures="commune"] tbody tr');
    await villages.first().waitFor();
    expect(await villages.locator('td:first-child').allTextContents()).toEqual(['Thôn Đông, Xóm 1', 'Bản Nà']);
    expect(await panel.locator('[data-figures="province"]').count()).toBe(0);
    expect(await panel.locator('.server-upload, .server-changes').count()).toBe(0);

    const before = await shownCounts(page);
    await page.getByTestId('show-published').click();
    await shownAfter(page, before);
    expect(await page.getByTestId('data-panel').getAttribute('data-source')).toBe('server');
    expect(await sourceIds(page, 'communes')).toEqual(['00001']);
    expect(await sourceIds(page, 'villages')).toEqual(['V1', 'V2']);
    const layers = page.getByTestId('published-layers');
    expect(await layers.locator('li').allTextContents()).toEqual([
      'Trạm BTS · 2 bản ghi', 'Xã, phường · 1 bản ghi', 'Thôn, xóm · 2 bản ghi', 'Vùng phủ sóng · chưa công bố',
      'Cáp quang · chưa công bố', 'Điểm dân cư · chưa công bố',
    ]);
    // V1 lies within tower T1's discs (Viettel and VNPT): fully covered by 4G now.
    const v1 = panel.locator('[data-figures="commune"] tbody tr', { hasText: 'Thôn Đông' });
    expect(await v1.locator('td:nth-child(3)').textContent()).toBe('100');
    await page.screenshot({ path: join(RESULTS, 'server-commune.png') });

    // Before the approval: the earlier stations reach no village of the commune (0 %, not "no data").
    const beforeAsOf = await shownCounts(page);
    await chooseAsOf(page, beforeApproval);
    await shownAfter(page, beforeAsOf);
    await v1.locator('td:nth-child(3)', { hasText: /^0$/ }).waitFor();
    expect(await page.getByTestId('data-as-of').textContent()).toMatch(/^Tại thời điểm: \d/);
    expect(await layers.locator('[data-kind="stations"]').textContent()).toContain('chưa công bố');
    expect(await page.getByTestId('server-badge').textContent()).toMatch(/Dữ liệu công bố trên máy chủ, tại \d/);
    await page.screenshot({ path: join(RESULTS, 'server-commune-as-of.png') });

    // Before any station was published, the radio shares say "no data", never 0.
    await chooseAsOf(page, beforeStations);
    await v1.locator('td:nth-child(3)', { hasText: 'chưa có dữ liệu' }).waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    // On a phone the panel lies in the overview tab of the sheet under the map.
    await page.locator('.sheet-tabs [data-tab="overview"]').click();
    await panel.scrollIntoViewIfNeeded();
    await idle(page);
    await page.screenshot({ path: join(RESULTS, 'server-commune-phone.png') });
    expect(chromium.problems).toEqual([]);
  });
});
