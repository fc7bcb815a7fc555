import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startTestServer, type Api, type TestServer } from './testServer.ts';

const fixtures = join(import.meta.dirname, '../fixtures/stats');
const file = (name: string) => readFileSync(join(fixtures, name));
const HEADER = 'station_id,operator,lat,lon,tech,tower_id,height_m,radius_4g_m\n';

let t: TestServer;
let sở: Api;
let viettel: Api;
let vnpt: Api;
let db: pg.Client;

const count = async (sql: string) => Number((await db.query(sql)).rows[0].n);

beforeAll(async () => {
  t = await startTestServer();
  sở = await t.user('so', 'department');
  viettel = await t.user('viettel', 'operator', { operator: 'Viettel' });
  vnpt = await t.user('vnpt', 'operator', { operator: 'VNPT' });
  await sở.publish('communes', 'communes.geojson', file('communes.geojson'));
  await sở.publish('villages', 'villages.geojson', file('villages.geojson'));
  db = new pg.Client({ connectionString: t.databaseUrl });
  await db.connect();
  // The test looks at every row, as the server does for itself (row-level security would hide changes).
  await db.query("SELECT set_config('phusong.role', 'system', false)");
});
afterAll(async () => {
  await db?.end();
  await t?.close();
});

describe('a failed upload leaves nothing', () => {
  it('stores nothing for a file that cannot be read (400)', async () => {
    const before = [await count('SELECT count(*) AS n FROM changes'), await count('SELECT count(*) AS n FROM stations')];
    const res = await sở.upload('stations', 'garbage.bin', new Uint8Array(4096).map((_, i) => (i * 37) % 256));
    expect(res.status).toBe(400);
    expect([await count('SELECT count(*) AS n FROM changes'), await count('SELECT count(*) AS n FROM stations')]).toEqual(before);
  });

  it('rolls back the change and every row already written when the database fails half-way through (500)', async () => {
    // A real failure inside the upload's transaction: a trigger refuses the 7,001st row, after the first batch was written.
    await db.query(`CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`);
    await db.query(`CREATE TRIGGER refuse BEFORE INSERT ON stations FOR EACH ROW WHEN (NEW.station_id = 'S7000') EXECUTE FUNCTION refuse()`);
    try {
      const rows = Array.from({ length: 8000 }, (_, i) => `S${i},Viettel,21.01,${(106.001 + i * 1e-6).toFixed(6)},4G,,30,1000`).join('\n');
      const changesBefore = await count('SELECT count(*) AS n FROM changes');
      const res = await viettel.upload('stations', 'big.csv', HEADER + rows);
      expect(res.status).toBe(500);
      expect(t.logs.at(-1)).toContain('disk full');
      expect(await count('SELECT count(*) AS n FROM changes')).toBe(changesBefore);
      expect(await count("SELECT count(*) AS n FROM stations WHERE station_id LIKE 'S%'")).toBe(0);
    } finally {
      await db.query('DROP TRIGGER refuse ON stations');
      await db.query('DROP FUNCTION refuse()');
    }
  });
});

describe('concurrent uploads', () => {
  it('gives each of ten parallel uploads its own change id, with all its rows', async () => {
    const uploads = Array.from({ length: 10 }, (_, k) => {
      const rows = Array.from({ length: 300 }, (_, i) => `P${k}-${i},VNPT,21.0${k},106.0${i % 10},4G,,30,1000`).join('\n');
      return vnpt.upload('stations', `parallel-${k}.csv`, HEADER + rows);
    });
    const answers = await Promise.all(uploads);
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    const ids = answers.map((a) => a.body.change_id);
    expect(new Set(ids).size).toBe(10);
    for (const id of ids) expect(await count(`SELECT count(*) AS n FROM stations WHERE change_id = ${id}`)).toBe(300);
    const listed = (await sở.get('/api/changes?status=pending')).body.map((c: { id: number }) => c.id);
    expect(listed).toEqual(expect.arrayContaining(ids));
  });
});

describe('publishing', () => {
  it("replaces the operator's own published stations only, and a department upload replaces all", async () => {
    await viettel.publish('stations', 'v1.csv', `${HEADER}A1,Viettel,21.01,106.005,4G,,30,1000\nA2,Viettel,21.01,106.006,4G,,30,1000\n`, sở);
    await vnpt.publish('stations', 'n1.csv', `${HEADER}B1,VNPT,21.01,106.007,4G,,30,1000\n`, sở);
    await viettel.publish('stations', 'v2.csv', `${HEADER}A3,Viettel,21.01,106.008,4G,,30,1000\n`, sở);
    const ids = async () => (await sở.get('/api/layers/stations')).body.features.map((f: { properties: { station_id: string } }) => f.properties.station_id).sort();
    expect(await ids()).toEqual(['A3', 'B1']);
    await sở.publish('stations', 'all.csv', file('stations.csv'));
    expect(await ids()).toEqual(['MF1', 'VN1', 'VT1']);
  });

  it('shows what a change adds, moves, changes and removes before it is published', async () => {
    const csv =
      `${HEADER}VT1,Viettel,21.01,106.005,4G;5G,T1,30,1300\n` + // unchanged
      'VN1,VNPT,21.0101,106.0061,4G,T1,30,1300\n' + // moved about 104 m east
      'MF1,MobiFone,21.01,106.03,4G,,40,500\n' + // taller
      'GT1,Gtel,21.015,106.01,4G,,30,800\n'; // new; no row removed
    const up = await sở.upload('stations', 'edit.csv', csv);
    const diff = await sở.get(`/api/changes/${up.body.change_id}/diff`);
    expect(diff.status).toBe(200);
    expect(diff.body.counts).toEqual({ added: 1, moved: 1, changed: 1, removed: 0, unchanged: 1, rows_before: 3, rows_after: 4 });
    const moved = diff.body.rows.find((r: { change: string }) => r.change === 'moved');
    expect(moved).toMatchObject({ key: 'VNPT/VN1', lon: 106.0061, lat: 21.0101, from_lon: 106.0051, from_lat: 21.0101 });
    expect(moved.moved_m).toBeCloseTo(103.9, 0);
    expect(diff.body.rows.find((r: { change: string }) => r.change === 'added')).toMatchObject({ key: 'Gtel/GT1', label: 'Gtel GT1' });
    const removal = await sở.upload('stations', 'less.csv', `${HEADER}VT1,Viettel,21.01,106.005,4G;5G,T1,30,1300\n`);
    const less = await sở.get(`/api/changes/${removal.body.change_id}/diff`);
    expect(less.body.counts).toMatchObject({ removed: 2, unchanged: 1, added: 0 });
    expect(less.body.rows.map((r: { key: string }) => r.key)).toEqual(['MobiFone/MF1', 'VNPT/VN1']);
  });
});

describe('history', () => {
  it('answers as_of with the figures published at that moment', async () => {
    await sở.publish('stations', 'one.csv', `${HEADER}X1,Viettel,21.01,106.005,4G,,30,1500\n`);
    const before = await sở.get('/api/stats');
    const between = new Date().toISOString();
    await sở.publish('stations', 'two.csv', `${HEADER}X1,Viettel,21.01,106.005,4G,,30,1500\nX2,VNPT,21.01,106.03,4G,,30,1500\n`);
    const after = await sở.get('/api/stats');
    expect(after.body.stations).toBe(2);
    expect(after.body.pct_4g).toBeGreaterThan(before.body.pct_4g);
    const then = await sở.get(`/api/stats?as_of=${encodeURIComponent(between)}`);
    expect(then.body).toEqual(before.body);
    // The moment of a publication is in force from that moment on (to the microsecond).
    const exact = await sở.get(`/api/stats?as_of=${encodeURIComponent(after.body.published_at)}`);
    expect(exact.body.version).toBe(after.body.version);
    const communeThen = await sở.get(`/api/stats?commune=00002&as_of=${encodeURIComponent(between)}`);
    expect(communeThen.body.commune.stations).toBe(0);
    const layerThen = await sở.get(`/api/layers/stations?as_of=${encodeURIComponent(between)}`);
    expect(layerThen.body.features).toHaveLength(1);
  });

  it('keeps every row a publication replaced, with its valid_from and valid_to', async () => {
    const { rows } = await db.query(
      "SELECT station_id, valid_from IS NOT NULL AS published, valid_to IS NOT NULL AS ended FROM stations WHERE station_id IN ('X1', 'X2') ORDER BY change_id, ord",
    );
    expect(rows).toEqual([
      { station_id: 'X1', published: true, ended: true },
      { station_id: 'X1', published: true, ended: false },
      { station_id: 'X2', published: true, ended: false },
    ]);
  });
});

describe('text stored verbatim', () => {
  it('stores and returns names with quotes, SQL fragments and markup exactly as uploaded', async () => {
    const names = [`Thôn "Đông" O'Brien`, "x'); DROP TABLE villages; --", '<img src=x onerror=alert(1)>', 'Bản Nà\\n; SELECT 1'];
    const fc = {
      type: 'FeatureCollection',
      features: names.map((name, i) => ({
        type: 'Feature',
        properties: { village_id: `Q${i}'--`, name, commune_id: '00001', population: 10 },
        geometry: { type: 'Point', coordinates: [106.005 + i * 0.002, 21.005] },
      })),
    };
    await sở.publish('villages', `tên "lạ"; DROP TABLE changes.geojson`, JSON.stringify(fc));
    const layer = await sở.get('/api/layers/villages');
    expect(layer.body.features.map((f: { properties: { name: string } }) => f.properties.name)).toEqual(names);
    const stats = await sở.get('/api/stats?commune=00001');
    expect(stats.body.villages.map((v: { name: string; village_id: string }) => [v.village_id, v.name])).toEqual(names.map((n, i) => [`Q${i}'--`, n]));
    const changes = await sở.get('/api/changes?status=published');
    expect(changes.body.map((c: { filename: string }) => c.filename)).toContain(`tên "lạ"; DROP TABLE changes.geojson`);
    const admin = await t.login('admin', ADMIN_PASSWORD);
    const odd = `ng"ười'); --`;
    expect((await admin.post('/api/users', { username: odd, password: 'password-123', role: 'department' })).status).toBe(201);
    expect((await t.login(odd)).token).toBeTruthy();
  });
});

describe('the audit log', () => {
  it('holds every sign-in, failed sign-in, upload, failed upload, approval, rejection and new user', async () => {
    const admin = await t.login('admin', ADMIN_PASSWORD);
    await t.anonymous.post('/api/login', { username: 'so', password: 'nope-nope' });
    const up = await viettel.upload('stations', 'audit.csv', `${HEADER}Z1,Viettel,21.01,106.005,4G,,30,1000\n`);
    await sở.post(`/api/changes/${up.body.change_id}/reject`);
    await sở.upload('stations', 'bad.csv', '');
    const log = (await admin.get('/api/audit?limit=100000')).body as { at: string; user: string; action: string; target: string; detail: object }[];
    const actions = new Set(log.map((e) => e.action));
    for (const a of ['user_created', 'login', 'login_failed', 'upload', 'upload_failed', 'approve', 'reject']) expect(actions).toContain(a);
    expect(log.find((e) => e.action === 'reject' && e.target === `change ${up.body.change_id}`)).toMatchObject({ user: 'so' });
    expect(log.find((e) => e.action === 'upload' && e.target === `change ${up.body.change_id}`)).toMatchObject({ user: 'viettel', detail: { kind: 'stations', imported: 1 } });
    const publishedCount = (await sở.get('/api/changes?status=published')).body.length;
    expect(log.filter((e) => e.action === 'approve')).toHaveLength(publishedCount);
    expect(log.filter((e) => e.action === 'login_failed' && e.target === 'so')).toHaveLength(1);
  });

  it('cannot be changed or deleted, even by the application', async () => {
    const n = await count('SELECT count(*) AS n FROM audit');
    const updated = await db.query("UPDATE audit SET action = 'nothing'");
    const deleted = await db.query('DELETE FROM audit');
    expect([updated.rowCount, deleted.rowCount]).toEqual([0, 0]);
    expect(await count('SELECT count(*) AS n FROM audit')).toBe(n);
  });

  it("keeps another operator's changes from an operator in the database itself (row-level security)", async () => {
    const client = new pg.Client({ connectionString: t.databaseUrl });
    await client.connect();
    try {
      await client.query('BEGIN');
      await client.query("SELECT set_config('phusong.role', 'operator', true), set_config('phusong.operator', 'VNPT', true)");
      const scopes = (await client.query('SELECT DISTINCT scope FROM changes')).rows.map((r) => r.scope);
      expect(scopes).toEqual(['VNPT']);
      await expect(
        client.query("INSERT INTO changes (kind, filename, scope, uploaded_by, report) VALUES ('communes', 'x', 'VNPT', 1, '{}')"),
      ).rejects.toThrow(/row-level security/);
    } finally {
      await client.query('ROLLBACK');
      await client.end();
    }
  });
});
