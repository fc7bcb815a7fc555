import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeStats } from '../../src/core/stats/computeStats.ts';
import { memoryStorage } from '../../src/worker/storage.ts';
import { Workspace } from '../../src/worker/workspace.ts';
import { startTestServer, type Api, type TestServer } from './testServer.ts';

const fixtures = join(import.meta.dirname, '../fixtures/stats');
const read = (file: string) => new Uint8Array(readFileSync(join(fixtures, file)));

/** Each village's 4G share as the app's worker measures the data set it built. */
async function villageShares(workspace: Workspace): Promise<Record<string, number | null>> {
  const stats = computeStats(await workspace.dataset());
  return Object.fromEntries(stats.villages.map((v) => [v.id, v.pct['4G']]));
}

// The app's worker reads the published layers with the user's token and builds its data set from them with the
// importer and datasetFromLayers, as from files: its figures are the server's.
describe("the server's published data as the app's data set", () => {
  let t: TestServer;
  let sở: Api;
  let commune: Api;
  let beforeStations: string;

  beforeAll(async () => {
    t = await startTestServer();
    sở = await t.user('so', 'department');
    commune = await t.user('xa-dong', 'commune', { commune_code: '00001' });
    await sở.publish('communes', 'communes.geojson', read('communes.geojson'));
    await sở.publish('villages', 'villages.geojson', read('villages.geojson'));
    beforeStations = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    await sở.publish('stations', 'stations.csv', read('stations.csv'));
  });
  afterAll(() => t?.close());

  const source = (api: Api, asOf: string | null = null) => ({ base: t.server.url, token: api.token!, asOf });

  it('gives the department every published layer, with the version in force, and the figures the server computes', async () => {
    const workspace = new Workspace({ storage: memoryStorage() });
    await workspace.start();
    const info = await workspace.showPublished(source(sở));
    const changes = (await sở.get('/api/changes?status=published')).body as { id: number; kind: string; decided_at: string }[];
    const stations = changes.find((c) => c.kind === 'stations')!;
    expect(info).toMatchObject({ source: 'server', layers: [], savedProvince: null });
    expect(info.published).toMatchObject({ asOf: null, version: stations.id, publishedAt: stations.decided_at });
    expect(info.published!.counts).toEqual({ communes: 2, villages: 3, stations: 3, coverage: 0, fibre: 0, population: 0 });
    const data = await workspace.dataset();
    expect(data.stations.map((s) => s.id).sort()).toEqual(['MF1', 'VN1', 'VT1']);
    const shares = await villageShares(workspace);
    for (const code of ['00001', '00002']) {
      const server = (await sở.get(`/api/stats?commune=${code}`)).body as { villages: { village_id: string; pct_4g: number }[] };
      for (const v of server.villages) expect(shares[v.village_id]).toBeCloseTo(v.pct_4g, 2);
    }
  });

  it("gives a commune user its own commune, the stations that reach it, and the server's figures for it", async () => {
    const workspace = new Workspace({ storage: memoryStorage() });
    await workspace.start();
    const info = await workspace.showPublished(source(commune));
    expect(info.published!.counts).toMatchObject({ communes: 1, villages: 2, stations: 2 });
    const data = await workspace.dataset();
    expect(data.communes.map((c) => c.code)).toEqual(['00001']);
    expect(data.villages.map((v) => v.id)).toEqual(['V1', 'V2']);
    // MobiFone's 500 m station stands 1 km east of the commune: it serves none of it.
    expect(data.stations.map((s) => s.id).sort()).toEqual(['VN1', 'VT1']);
    const server = (await commune.get('/api/stats?commune=00001')).body as { villages: { village_id: string; pct_4g: number }[] };
    const shares = await villageShares(workspace);
    for (const v of server.villages) expect(shares[v.village_id]).toBeCloseTo(v.pct_4g, 2);
  });

  it('reads the data as published at an earlier moment, and leaves the kept data alone', async () => {
    const workspace = new Workspace({ storage: memoryStorage() });
    await workspace.start();
    const info = await workspace.showPublished(source(sở, beforeStations));
    expect(info.published).toMatchObject({ asOf: beforeStations });
    expect(info.published!.counts).toMatchObject({ communes: 2, villages: 3, stations: 0 });
    expect((await workspace.dataset()).stations).toEqual([]);
    const shown = await workspace.show('demo');
    expect(shown).toMatchObject({ source: 'demo', published: null });
    expect((await workspace.dataset()).province.isDemo).toBe(true);
  });

  it('reads nothing before the first publication, and says why the server refuses', async () => {
    const workspace = new Workspace({ storage: memoryStorage() });
    await workspace.start();
    const empty = await workspace.showPublished(source(sở, '2000-01-01T00:00:00Z'));
    expect(empty.published).toMatchObject({ version: 0, publishedAt: null });
    expect((await workspace.dataset()).villages).toEqual([]);
    await expect(workspace.showPublished({ base: t.server.url, token: 'not-a-token', asOf: null })).rejects.toThrow(/Sign in/);
    // A refused reading keeps the data set shown before it.
    expect(workspace.info().source).toBe('server');
  });
});
