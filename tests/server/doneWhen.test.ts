import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { placeRandomStations, splitCommunesByGrid } from '../../bench/splitVillages.ts';
import { startLocalCluster, type LocalCluster } from '../../server/db/localCluster.ts';
import { statsCommand } from '../../src/cli/commands/stats.ts';
import { stationsToCsv } from '../../src/core/export/stationsToCsv.ts';
import { villagesToGeoJson } from '../../src/core/export/villagesToGeoJson.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import { mulberry32 } from '../../src/core/demo/random.ts';
import type { Commune, Station } from '../../src/core/model.ts';
import { ADMIN_PASSWORD, startTestServer, type Api, type TestServer } from './testServer.ts';

const REAL = join(import.meta.dirname, '../../../shared/data/real');
const WARDS = join(REAL, 'bac_ninh_wards_2025.geojson');
const KEYS = ['pct_4g', 'pct_5g', 'pct_6g', 'pct_fibre'] as const;

// The "Done when", over the API on Bắc Ninh's real 2025 wards, on a cluster of its own so that PostgreSQL
// itself can be restarted.
describe.skipIf(!existsSync(WARDS))('the province over the API, on real wards (skipped: ../shared/data/real absent)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phusong-done-'));
  // As root the cluster runs as the postgres user, who must pass through this directory.
  chmodSync(dir, 0o711);
  let cluster: LocalCluster;
  let t: TestServer;
  let sở: Api;
  let admin: Api;
  let communes: Commune[];
  let stations: Station[];
  const files: Record<string, string> = {};

  beforeAll(async () => {
    const wards = new Uint8Array(readFileSync(WARDS));
    const read = await importLayer(wards, 'bac_ninh_wards_2025.geojson', 'communes');
    if (!read.ok || read.layer.kind !== 'communes') throw new Error('the wards file did not import');
    communes = read.layer.communes;
    // Villages cut from the wards by a grid, and stations of all four operators over the province.
    files.communes = WARDS;
    files.villages = join(dir, 'villages.geojson');
    writeFileSync(files.villages, villagesToGeoJson(splitCommunesByGrid(communes, 0.03)));
    stations = placeRandomStations(mulberry32(12), [105.85, 20.95, 107.05, 21.65], 1200);
    files.stations = join(dir, 'stations.csv');
    writeFileSync(files.stations, stationsToCsv(stations));
    // The server starts after the files are made: cutting villages blocks this process (the server's too) for seconds.
    cluster = await startLocalCluster(join(dir, 'db'));
    t = await startTestServer({ databaseUrl: cluster.url });
    admin = await t.login('admin', ADMIN_PASSWORD);
    sở = await t.user('so-khcn', 'department');
  });
  afterAll(async () => {
    await t?.close();
    await cluster?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  let beforeVnpt: string;
  let viettelOnly: Record<string, unknown>;

  it('the Sở loads communes and villages; two operators each upload the file of every operator and get their own rows', async () => {
    await sở.publish('communes', 'bac_ninh_wards_2025.geojson', readFileSync(files.communes!));
    await sở.publish('villages', 'villages.geojson', readFileSync(files.villages!));
    const viettel = await t.user('viettel', 'operator', { operator: 'Viettel' });
    const vnpt = await t.user('vnpt', 'operator', { operator: 'VNPT' });
    const all = readFileSync(files.stations!);
    const own = (operator: string) => stations.filter((s) => s.operator === operator).length;
    const v = await viettel.upload('stations', 'inventory.csv', all);
    expect(v.body.report).toEqual({ rows: 1200, imported: own('Viettel'), warnings: 0, rejected: 1200 - own('Viettel'), reasons: { other_operator: 1200 - own('Viettel') } });
    const n = await vnpt.upload('stations', 'inventory.csv', all);
    expect(n.body.report).toMatchObject({ imported: own('VNPT'), reasons: { other_operator: 1200 - own('VNPT') } });
    expect((await viettel.post(`/api/changes/${v.body.change_id}/approve`)).status).toBe(403);
    await sở.post(`/api/changes/${v.body.change_id}/approve`);
    viettelOnly = (await sở.get('/api/stats')).body;
    beforeVnpt = new Date().toISOString();
    await sở.post(`/api/changes/${n.body.change_id}/approve`);
  });

  it('answers GET /api/stats?commune=CODE as `npm run cli -- stats` does on the same published data (every share within 0.01 pp)', async () => {
    const out = join(dir, 'cli');
    const published = join(dir, 'published-stations.csv');
    writeFileSync(published, stationsToCsv(stations.filter((s) => s.operator === 'Viettel' || s.operator === 'VNPT')));
    const args = ['--communes', files.communes!, '--villages', files.villages!, '--stations', published, '--out', out];
    const { log, error } = console;
    console.log = console.error = () => {};
    try {
      expect(await statsCommand.run(args)).toBe(0);
    } finally {
      Object.assign(console, { log, error });
    }
    const cliVillages = Papa.parse<Record<string, string>>(readFileSync(join(out, 'villages.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    // Its "no commune" line (the stations outside every ward) has no commune to ask the server for.
    const cliCommunes = Papa.parse<Record<string, string>>(readFileSync(join(out, 'communes.csv'), 'utf8'), { header: true, skipEmptyLines: true })
      .data.filter((c) => c.commune_id !== '');
    expect(cliCommunes).toHaveLength(communes.length);
    let compared = 0;
    for (const c of cliCommunes) {
      const res = await sở.get(`/api/stats?commune=${c.commune_id}`);
      expect(res.status).toBe(200);
      expect(res.body.commune).toMatchObject({ commune_id: c.commune_id, villages: Number(c.villages), stations: Number(c.stations), sites: Number(c.sites) });
      const mine = cliVillages.filter((v) => v.commune_id === c.commune_id);
      expect(res.body.villages.map((v: { village_id: string }) => v.village_id)).toEqual(mine.map((v) => v.village_id));
      res.body.villages.forEach((v: Record<string, number>, i: number) => {
        for (const key of KEYS) expect(Math.abs(v[key]! - Number(mine[i]![key])), `${v.village_id} ${key}`).toBeLessThanOrEqual(0.01);
        compared++;
      });
    }
    expect(compared).toBe(cliVillages.length);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const province = (await sở.get('/api/stats')).body;
    expect(province).toMatchObject({ ...summary, targets: summary.targets });
  });

  it('gives a commune user its own commune and 403 elsewhere', async () => {
    const [mine, other] = communes;
    const commune = await t.user('xa', 'commune', { commune_code: mine!.code });
    expect((await commune.get(`/api/stats?commune=${mine!.code}`)).status).toBe(200);
    expect((await commune.get(`/api/stats?commune=${other!.code}`)).status).toBe(403);
    expect((await commune.get('/api/stats')).status).toBe(403);
  });

  it('answers garbage with 400 and changes nothing', async () => {
    const changes = (await sở.get('/api/changes')).body;
    const figures = (await sở.get('/api/stats')).body;
    const res = await sở.upload('stations', 'garbage.xlsx', new Uint8Array(2048).map((_, i) => (i * 131 + 7) % 256));
    expect(res.status).toBe(400);
    expect((await sở.get('/api/changes')).body).toEqual(changes);
    expect((await sở.get('/api/stats')).body).toEqual(figures);
  });

  it('gives ten parallel uploads ten change ids', async () => {
    const body = readFileSync(files.stations!);
    const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => sở.upload('stations', `parallel-${i}.csv`, body)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(201));
    expect(new Set(answers.map((a) => a.body.change_id)).size).toBe(10);
  });

  it('answers as_of a moment before an approval with the figures before it', async () => {
    const then = await sở.get(`/api/stats?as_of=${encodeURIComponent(beforeVnpt)}`);
    expect(then.body).toEqual(viettelOnly);
    expect(then.body.stations).toBe(stations.filter((s) => s.operator === 'Viettel').length);
  });

  it('keeps the figures and the audit through a restart of the server and of PostgreSQL', async () => {
    const figures = (await sở.get('/api/stats')).body;
    const commune = (await sở.get(`/api/stats?commune=${communes[0]!.code}`)).body;
    const log = (await admin.get('/api/audit?limit=100000')).body;
    await t.close();
    await cluster.stop();
    cluster = await startLocalCluster(join(dir, 'db'));
    t = await startTestServer({ databaseUrl: cluster.url });
    const so = await t.login('so-khcn');
    expect((await so.get('/api/stats')).body).toEqual(figures);
    expect((await so.get(`/api/stats?commune=${communes[0]!.code}`)).body).toEqual(commune);
    const after = (await so.get('/api/audit?limit=100000')).body;
    expect(after.slice(0, log.length)).toEqual(log);
    expect(after.slice(log.length).map((e: { action: string }) => e.action)).toEqual(['login']);
  });
});
