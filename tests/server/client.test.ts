import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerClient, ServerError } from '../../src/ui/server/client.ts';
import { ADMIN_PASSWORD, startTestServer, type TestServer } from './testServer.ts';

const fixtures = join(import.meta.dirname, '../fixtures/stats');
const bytes = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer();
  await t.user('so', 'department');
  await t.user('xa', 'commune', { commune_code: '00002' });
});
afterAll(() => t?.close());

describe("the app's server client", () => {
  it('signs in, uploads, reviews the diff, publishes and reads the figures as of before and after', async () => {
    const so = await ServerClient.login(t.server.url, 'so', 'password-123');
    expect(await so.me()).toMatchObject({ username: 'so', role: 'department' });
    for (const [kind, file] of [['communes', 'communes.geojson'], ['villages', 'villages.geojson']] as const) {
      const up = await so.upload(kind, file, bytes(file));
      await so.approve(up.change_id);
    }
    const before = new Date().toISOString();
    const up = await so.upload('stations', 'stations.csv', new Blob([bytes('stations.csv')]));
    expect(up.report).toEqual({ rows: 3, imported: 3, warnings: 0, rejected: 0, reasons: {} });
    expect((await so.changes('pending')).map((c) => c.id)).toEqual([up.change_id]);
    const diff = await so.diff(up.change_id);
    expect(diff.counts.added).toBe(3);
    const published = await so.approve(up.change_id);
    expect((await so.province()).published_at).toBe(published.published_at);
    expect((await so.province()).stations).toBe(3);
    expect((await so.province(before)).stations).toBe(0);
    expect((await so.layer('stations')).features).toHaveLength(3);
    expect((await so.audit()).some((e) => e.action === 'approve')).toBe(true);
  });

  it("gives a commune user its own commune and throws the server's refusals as ServerError", async () => {
    const xa = await ServerClient.login(t.server.url, 'xa', 'password-123');
    expect((await xa.commune('00002')).commune).toMatchObject({ commune_id: '00002', name: 'Phường Tây' });
    await expect(xa.commune('00001')).rejects.toMatchObject({ status: 403, code: 'forbidden' });
    await expect(xa.province()).rejects.toBeInstanceOf(ServerError);
    await expect(ServerClient.login(t.server.url, 'admin', `${ADMIN_PASSWORD}x`)).rejects.toMatchObject({ status: 401, code: 'bad_credentials' });
  });
});
