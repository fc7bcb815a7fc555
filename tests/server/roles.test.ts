import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, Api, startTestServer, type TestServer } from './testServer.ts';

const fixtures = join(import.meta.dirname, '../fixtures/stats');
const file = (name: string) => readFileSync(join(fixtures, name));

let t: TestServer;
let admin: Api;
let sở: Api;
let viettel: Api;
let commune: Api;

beforeAll(async () => {
  t = await startTestServer();
  admin = await t.login('admin', ADMIN_PASSWORD);
  sở = await t.user('so-khcn', 'department');
  viettel = await t.user('viettel', 'operator', { operator: 'viettel' });
  commune = await t.user('xa-dong', 'commune', { commune_code: '00001' });
  await sở.publish('communes', 'communes.geojson', file('communes.geojson'));
  await sở.publish('villages', 'villages.geojson', file('villages.geojson'));
  await sở.publish('stations', 'stations.csv', file('stations.csv'));
});
afterAll(() => t?.close());

describe('health and the API description', () => {
  it('answers /api/health with the PostGIS version, signed in or not', async () => {
    const res = await t.anonymous.get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true, postgis: expect.stringMatching(/^3\.\d+\.\d+/) });
  });

  it('describes every route of the API in /api/openapi.json', async () => {
    const res = await t.anonymous.get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.1.0');
    for (const path of ['/api/login', '/api/users', '/api/uploads', '/api/changes', '/api/changes/{id}/approve', '/api/stats', '/api/audit']) {
      expect(Object.keys(res.body.paths)).toContain(path);
    }
  });

  it('answers 404 for an unknown API, 405 for a wrong method and 401 without a token', async () => {
    expect((await admin.get('/api/nothing')).status).toBe(404);
    expect((await admin.get('/api/login')).status).toBe(405);
    const anonymous = await t.anonymous.get('/api/stats');
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.error).toBe('unauthorized');
    expect((await t.anonymous.call('GET', '/api/stats')).headers.get('www-authenticate')).toBe('Bearer');
  });

  it('answers 401 for a forged or ended token', async () => {
    const forged = await new Api(t.server.url, 'x'.repeat(43)).get('/api/me');
    expect(forged.status).toBe(401);
    const session = await t.login('viettel');
    expect((await session.get('/api/me')).body).toMatchObject({ username: 'viettel', role: 'operator', operator: 'Viettel' });
    expect((await session.post('/api/logout')).status).toBe(200);
    expect((await session.get('/api/me')).status).toBe(401);
  });
});

describe('users', () => {
  it('lets the admin create users (201) and no one else (403)', async () => {
    const made = await admin.post('/api/users', { username: 'vnpt', password: 'password-123', role: 'operator', operator: 'VNPT' });
    expect(made.status).toBe(201);
    expect(made.body).toEqual({ id: expect.any(Number) });
    expect((await sở.post('/api/users', { username: 'x', password: 'password-123', role: 'admin' })).status).toBe(403);
    expect((await viettel.post('/api/users', { username: 'x', password: 'password-123', role: 'admin' })).status).toBe(403);
    expect((await commune.get('/api/users')).status).toBe(403);
  });

  it('refuses a taken name (409), a short password, an unknown role or a role without its operator or commune (400)', async () => {
    expect((await admin.post('/api/users', { username: 'viettel', password: 'password-123', role: 'department' })).status).toBe(409);
    const bad = [
      { username: 'a', password: 'short', role: 'department' },
      { username: 'a', password: 'password-123', role: 'owner' },
      { username: 'a', password: 'password-123', role: 'operator' },
      { username: 'a', password: 'password-123', role: 'commune' },
      { username: '', password: 'password-123', role: 'department' },
    ];
    for (const body of bad) expect((await admin.post('/api/users', body)).status, JSON.stringify(body)).toBe(400);
    expect((await admin.call('POST', '/api/users', 'not json')).status).toBe(400);
  });
});

describe('changing users', () => {
  it('lets the admin change a role or password and disable a user, who must then sign in again or cannot', async () => {
    const made = await admin.post('/api/users', { username: 'temp', password: 'password-123', role: 'commune', commune_code: '00002' });
    const temp = await t.login('temp');
    const changed = await admin.post(`/api/users/${made.body.id}`, { role: 'operator', operator: 'mobifone' });
    expect(changed.body).toMatchObject({ role: 'operator', operator: 'MobiFone', commune_code: null, disabled: false });
    expect((await temp.get('/api/me')).status).toBe(401);
    expect((await t.login('temp')).token).toBeTruthy();
    await admin.post(`/api/users/${made.body.id}`, { password: 'new-password-1' });
    expect((await t.anonymous.post('/api/login', { username: 'temp', password: 'password-123' })).status).toBe(401);
    expect((await t.login('temp', 'new-password-1')).token).toBeTruthy();
    await admin.post(`/api/users/${made.body.id}`, { disabled: true });
    expect((await t.anonymous.post('/api/login', { username: 'temp', password: 'new-password-1' })).status).toBe(401);
    const log = (await admin.get('/api/audit?limit=100000')).body as { action: string; target: string; detail: { password_changed: boolean } }[];
    expect(log.filter((e) => e.action === 'user_changed' && e.target === 'temp').map((e) => e.detail.password_changed)).toEqual([false, true, false]);
  });

  it('refuses to leave no admin (409), an unknown user (404), and anyone but the admin (403)', async () => {
    const me = await admin.get('/api/me');
    expect((await admin.post(`/api/users/${me.body.id}`, { disabled: true })).status).toBe(409);
    expect((await admin.post(`/api/users/${me.body.id}`, { role: 'department' })).status).toBe(409);
    expect((await admin.post('/api/users/999999', { disabled: true })).status).toBe(404);
    expect((await sở.post(`/api/users/${me.body.id}`, { disabled: true })).status).toBe(403);
    expect((await admin.post(`/api/users/${me.body.id}`, { role: 'king' })).status).toBe(400);
  });
});

describe('sign-in', () => {
  it('answers 401 for a wrong password or an unknown user, 400 for a malformed body', async () => {
    expect((await t.anonymous.post('/api/login', { username: 'viettel', password: 'wrong-password' })).status).toBe(401);
    expect((await t.anonymous.post('/api/login', { username: 'nobody', password: 'password-123' })).status).toBe(401);
    expect((await t.anonymous.post('/api/login', { username: 'viettel' })).status).toBe(400);
  });

  it('answers 429 after five failures for one name, even with the right password, while other names still sign in', async () => {
    await admin.post('/api/users', { username: 'target', password: 'password-123', role: 'department' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await t.anonymous.post('/api/login', { username: 'target', password: `guess-${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const right = await t.anonymous.post('/api/login', { username: 'target', password: 'password-123' });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await t.anonymous.post('/api/login', { username: 'xa-dong', password: 'password-123' })).status).toBe(200);
  });
});

describe('uploads by role', () => {
  it("keeps an operator's own stations and rejects the other operators' rows as other_operator", async () => {
    const res = await viettel.upload('stations', 'stations.csv', file('stations.csv'));
    expect(res.status).toBe(201);
    expect(res.body).toEqual({ change_id: expect.any(Number), status: 'pending', report: { rows: 3, imported: 1, warnings: 0, rejected: 2, reasons: { other_operator: 2 } } });
    const rejected = await viettel.get(`/api/changes/${res.body.change_id}/rejected.csv`);
    expect(rejected.status).toBe(200);
    expect(rejected.body).toContain('VN1');
    expect(rejected.body).toContain('other_operator');
  });

  it('answers 403 to an operator uploading communes or villages and to a commune uploading anything', async () => {
    expect((await viettel.upload('communes', 'communes.geojson', file('communes.geojson'))).status).toBe(403);
    expect((await viettel.upload('villages', 'villages.geojson', file('villages.geojson'))).status).toBe(403);
    expect((await commune.upload('stations', 'stations.csv', file('stations.csv'))).status).toBe(403);
  });

  it('answers 400 with the import failure code for an unreadable file or an unknown kind', async () => {
    const garbage = await sở.upload('stations', 'junk.csv', new Uint8Array([0, 1, 2, 3, 255, 254, 0, 0, 9]));
    expect(garbage.status).toBe(400);
    expect(garbage.body).toEqual({ error: 'binary_data', message: expect.stringContaining('junk.csv') });
    expect((await sở.upload('stations', 'empty.csv', '')).body.error).toBe('empty_file');
    expect((await sở.upload('stations', 'cols.csv', 'a,b\n1,2\n')).body.error).toBe('missing_columns');
    expect((await sở.upload('towers', 'x.csv', 'a\n')).status).toBe(400);
  });
});

describe('review', () => {
  it('lets only the department and the admin approve or reject (403 for operators and communes)', async () => {
    const up = await viettel.upload('stations', 'stations.csv', file('stations.csv'));
    const id = up.body.change_id;
    expect((await viettel.post(`/api/changes/${id}/approve`)).status).toBe(403);
    expect((await commune.post(`/api/changes/${id}/approve`)).status).toBe(403);
    expect((await viettel.post(`/api/changes/${id}/reject`)).status).toBe(403);
    expect((await sở.post(`/api/changes/${id}/reject`)).body).toEqual({ change_id: id, status: 'rejected' });
    expect((await sở.post(`/api/changes/${id}/approve`)).status).toBe(409);
    expect((await sở.post('/api/changes/999999/approve')).status).toBe(404);
  });

  it("shows an operator its own changes only, a commune none, and the department all", async () => {
    const vnpt = await t.login('vnpt');
    await vnpt.upload('stations', 'vnpt.csv', file('stations.csv'));
    const own = await viettel.get('/api/changes');
    expect(own.status).toBe(200);
    expect(own.body.length).toBeGreaterThan(0);
    expect(own.body.every((c: { scope: string }) => c.scope === 'Viettel')).toBe(true);
    const all = await sở.get('/api/changes?status=pending');
    expect(all.body.map((c: { scope: string }) => c.scope)).toEqual(expect.arrayContaining(['Viettel', 'VNPT']));
    const vnptChange = all.body.find((c: { scope: string }) => c.scope === 'VNPT').id;
    expect((await viettel.get(`/api/changes/${vnptChange}`)).status).toBe(404);
    expect((await commune.get('/api/changes')).status).toBe(403);
    expect((await sở.get('/api/changes?status=maybe')).status).toBe(400);
  });
});

describe('figures by role', () => {
  it('gives a commune user its own commune (200) and 403 for another commune or the province', async () => {
    const own = await commune.get('/api/stats?commune=00001');
    expect(own.status).toBe(200);
    expect(own.body.commune).toMatchObject({ commune_id: '00001', name: 'Xã Đông', villages: 2, stations: 2, sites: 1, shared_sites: 1 });
    expect(own.body.villages.map((v: { village_id: string }) => v.village_id)).toEqual(['V1', 'V2']);
    expect((await commune.get('/api/stats?commune=00002')).status).toBe(403);
    expect((await commune.get('/api/stats')).status).toBe(403);
  });

  it("shows a commune user the layers of its own area only", async () => {
    const villages = await commune.get('/api/layers/villages');
    expect(villages.body.features.map((f: { properties: { village_id: string } }) => f.properties.village_id)).toEqual(['V1', 'V2']);
    const stations = await commune.get('/api/layers/stations');
    expect(stations.body.features.map((f: { properties: { station_id: string } }) => f.properties.station_id).sort()).toEqual(['VN1', 'VT1']);
    expect((await commune.get('/api/layers/villages?commune=00002')).status).toBe(403);
    expect((await sở.get('/api/layers/villages')).body.features).toHaveLength(3);
  });

  it('gives the department and operators the province (the keys of summary.json) and 404 for an unknown commune', async () => {
    for (const api of [sở, viettel, admin]) {
      const res = await api.get('/api/stats');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ communes: 2, villages: 3, stations: 3, sites: 2, shared_sites: 1, sharing_pct: 50, threshold_pct: 95 });
    }
    expect((await sở.get('/api/stats?commune=99999')).status).toBe(404);
    expect((await sở.get('/api/stats?as_of=yesterday')).status).toBe(400);
    expect((await sở.get('/api/stats?as_of=2000-01-01')).status).toBe(404);
  });

  it('lets the admin and the department read the audit, and no one else', async () => {
    expect((await admin.get('/api/audit')).status).toBe(200);
    expect((await sở.get('/api/audit')).status).toBe(200);
    expect((await viettel.get('/api/audit')).status).toBe(403);
    expect((await commune.get('/api/audit')).status).toBe(403);
  });
});
