import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalCluster, type LocalCluster } from '../../server/db/localCluster.ts';
import { startServer, type RunningServer } from '../../server/start.ts';
import { ServerClient } from '../../src/ui/server/client.ts';
import { launchChromium, RESULTS, type Chromium } from './chromium.ts';

const ROOT = join(import.meta.dirname, '../..');
const fixtures = join(ROOT, 'tests/fixtures/stats');
const PASSWORD = 'password-123';

async function signIn(page: Page, username: string): Promise<void> {
  const panel = page.locator('.server-panel');
  await panel.locator('input[name="username"]').fill(username);
  await panel.locator('input[name="password"]').fill(PASSWORD);
  await panel.locator('button[type="submit"]').click();
  await panel.locator('.server-user').waitFor();
}

// The app served by the server (the build the browser tests' set-up made), against a PostgreSQL of its own.
describe('the app against the shared server in Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phusong-browser-pg-'));
  chmodSync(dir, 0o711);
  let cluster: LocalCluster;
  let server: RunningServer;
  let chromium: Chromium;
  let page: Page;

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
    chromium = await launchChromium({ height: 1000 });
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

  it('lets the Sở sign in, upload stations, review what they add and publish them', async () => {
    await signIn(page, 'so');
    const panel = page.locator('.server-panel');
    await panel.locator('[data-figures="province"]').waitFor();
    await panel.locator('select[name="upload-kind"]').selectOption('stations');
    await panel.locator('input[name="upload-file"]').setInputFiles(join(fixtures, 'stations.csv'));
    await panel.locator('.server-upload button').click();
    await panel.locator('.server-upload [role="status"]').filter({ hasText: '3/3' }).waitFor();
    await panel.locator('.server-changes li', { hasText: 'stations.csv' }).locator('button').click();
    const diff = panel.locator('.server-diff');
    await diff.waitFor();
    expect(await diff.locator('tr[data-change-kind="added"]').count()).toBe(3);
    expect(await diff.locator('tbody td:first-child').allTextContents()).toEqual(['MobiFone/MF1', 'VNPT/VN1', 'Viettel/VT1']);
    // No station is published yet: the radio shares say so rather than 0.
    expect(await panel.locator('[data-figures="province"] tr', { hasText: '4G' }).textContent()).toContain('chưa có dữ liệu');
    await diff.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'server-review.png') });
    await diff.locator('button.primary').click();
    await panel.locator('.server-changes [role="status"]').filter({ hasText: 'công bố' }).waitFor();
    await panel.locator('[data-figures="province"] tr', { hasText: 'Số trạm' }).filter({ hasText: '3' }).waitFor();
    expect(await panel.locator('.server-changes li', { hasText: 'stations.csv' }).textContent()).toContain('đã công bố');
  });

  it("shows a commune user its own commune's villages only, and no province or review", async () => {
    await page.locator('.server-panel .server-user button').click();
    await signIn(page, 'xa-dong');
    const panel = page.locator('.server-panel');
    const villages = panel.locator('[data-figures="commune"] tbody tr');
    await villages.first().waitFor();
    expect(await villages.locator('td:first-child').allTextContents()).toEqual(['Thôn Đông, Xóm 1', 'Bản Nà']);
    expect(await panel.locator('[data-figures="province"]').count()).toBe(0);
    expect(await panel.locator('.server-upload, .server-changes').count()).toBe(0);
    await page.screenshot({ path: join(RESULTS, 'server-commune.png') });
    await page.setViewportSize({ width: 390, height: 844 });
    await panel.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(RESULTS, 'server-commune-phone.png') });
    expect(chromium.problems).toEqual([]);
  });
});
