import { describe, expect, it } from 'vitest';
import type { ImportResult, LayerData } from '../../src/core/import/importLayer.ts';
import { computeStats } from '../../src/core/stats/computeStats.ts';
import { memoryStorage, type DataStorage } from '../../src/worker/storage.ts';
import { Workspace, type LoadStage } from '../../src/worker/workspace.ts';
import { createCommune, createSquare, createStation, createVillage, toLonLat } from '../helpers/createData.ts';

/** Two Bắc Ninh communes (official codes of the province) side by side, 4 km wide. */
const COMMUNES: LayerData = {
  kind: 'communes',
  communes: [createCommune('07210', createSquare(-2000, 0, 4000)), createCommune('09163', createSquare(2000, 0, 4000))],
};
/** Four villages known by a point, two per commune. */
const VILLAGES: LayerData = {
  kind: 'villages',
  villages: [[-3000, 1000], [-1000, -1000], [1000, 1000], [3000, -1000]].map(([x, y], i) => ({
    ...createVillage(`V${i}`, i < 2 ? '07210' : '09163', { type: 'Point', coordinates: toLonLat(x!, y!) }, 100 * (i + 1)),
    fibre: null,
  })),
};
/** Two operators on one tower in the west commune, one alone in the east. */
const STATIONS: LayerData = {
  kind: 'stations',
  stations: [
    createStation('S1', 'Viettel', -2000, 0, { '4G': 1500 }),
    createStation('S2', 'VNPT', -2000, 10, { '4G': 1500 }),
    createStation('S3', 'MobiFone', 2500, 0, { '4G': 800 }),
  ],
};

/** An import's answer as `importLayer` gives it, for a layer made here. */
function imported(layer: LayerData, file: string): Extract<ImportResult, { ok: true }> {
  const n = layer.kind === 'stations' ? layer.stations.length : layer.kind === 'villages' ? layer.villages.length : 2;
  return {
    ok: true, file, format: 'csv', kind: layer.kind, layer, columns: [], mapping: {},
    report: { file, kind: layer.kind, rows: n, imported: n, warnings: 0, rejected: 0, reasons: {}, warningCodes: {}, issues: [] },
    rejectedRows: { columns: [], rows: [] },
  } as unknown as Extract<ImportResult, { ok: true }>;
}

async function importInto(ws: Workspace, layer: LayerData, file: string, mode: 'new' | 'add' = 'add') {
  return ws.commit(ws.keepImport(imported(layer, file)), mode);
}

/** A workspace started on `storage`, as a tab opening the app. */
async function openTab(storage: DataStorage | null = memoryStorage(), notify?: (version: number) => void): Promise<Workspace> {
  const ws = new Workspace({ storage, demoSeed: 1, ...(notify ? { notify } : {}) });
  await ws.start();
  return ws;
}

describe('Workspace: whose data is shown', () => {
  it('opens on the demo, and an import there starts a province holding that layer alone, never the demo\'s', async () => {
    const ws = await openTab();
    expect(ws.info()).toMatchObject({ source: 'demo', layers: [], savedProvince: null, storage: 'saved' });
    expect((await ws.dataset()).province.isDemo).toBe(true);

    const info = await importInto(ws, STATIONS, 'tram.csv', 'new');
    expect(info.source).toBe('province');
    expect(info.layers.map((l) => [l.kind, l.file, l.counts.imported])).toEqual([['stations', 'tram.csv', 3]]);
    const data = await ws.dataset();
    expect(data.province).toMatchObject({ isDemo: false, code: '', name: 'Tỉnh chưa xác định' });
    expect([data.communes.length, data.villages.length, data.fibre.routes.length, data.stations.length]).toEqual([0, 0, 0, 3]);
    const { stats } = await ws.stats(95);
    expect(stats.province.pct['4G']).toBeNull();
    expect(stats.province.sites).toBe(2);
  });

  it('names the province from its commune codes and estimates point villages once, keeping the estimate', async () => {
    const storage = memoryStorage();
    const ws = await openTab(storage);
    await importInto(ws, COMMUNES, 'xa.geojson', 'new');
    await importInto(ws, VILLAGES, 'thon.csv');
    await importInto(ws, STATIONS, 'tram.csv');
    const stages: LoadStage[] = [];
    const details: string[] = [];
    const data = await ws.dataset((_, stage, detail) => {
      stages.push(stage);
      if (detail) details.push(`${detail.done}/${detail.total}`);
    });
    expect(data.province).toMatchObject({ code: '24', name: 'Tỉnh Bắc Ninh', isDemo: false });
    expect(data.villages.every((v) => v.geometry.type === 'Polygon' && v.areaEstimated)).toBe(true);
    expect(details[0]).toBe('0/4');
    expect(details.at(-1)).toBe('4/4');

    // Another tab (or a reload) reads the kept estimate instead of estimating again.
    const reloaded = await openTab(storage);
    const again: LoadStage[] = [];
    const same = await reloaded.dataset((_, stage) => void again.push(stage));
    expect(again).not.toContain('estimate');
    expect(same.villages).toEqual(data.villages);
    expect(reloaded.info().layers.map((l) => l.kind)).toEqual(['communes', 'villages', 'stations']);
  });

  it('gives the figures of the command line\'s computeStats for the same layers, with fibre as no data', async () => {
    const ws = await openTab();
    await importInto(ws, COMMUNES, 'xa.geojson', 'new');
    await importInto(ws, VILLAGES, 'thon.csv');
    await importInto(ws, STATIONS, 'tram.csv');
    const { stats } = await ws.stats(95);
    const expected = computeStats(await ws.dataset(), { thresholdPct: 95 });
    expect(stats.province).toEqual(expected.province);
    expect(stats.province.pct.fibre).toBeNull();
    expect(stats.fibreSource).toBeNull();
    expect(stats.province.sharedSites).toBe(1);
  });

  it('answers a threshold change from the kept measurement, without measuring again', async () => {
    const ws = await openTab();
    await importInto(ws, COMMUNES, 'xa.geojson', 'new');
    await importInto(ws, VILLAGES, 'thon.csv');
    await importInto(ws, STATIONS, 'tram.csv');
    const first: number[] = [];
    await ws.stats(95, (f) => first.push(f));
    const second: number[] = [];
    const at50 = await ws.stats(50, (f) => second.push(f));
    expect(first.length).toBeGreaterThan(0);
    expect(second).toEqual([]);
    expect(at50.stats.province).toEqual(computeStats(await ws.dataset(), { thresholdPct: 50 }).province);
  });

  it('counts what the layers say about each other: a village naming no loaded commune, a station outside them all', async () => {
    const ws = await openTab();
    await importInto(ws, COMMUNES, 'xa.geojson', 'new');
    const stray = { ...VILLAGES.villages[0]!, id: 'V9', communeCode: '99999' };
    await importInto(ws, { kind: 'villages', villages: [...(VILLAGES.kind === 'villages' ? VILLAGES.villages : []), stray] }, 'thon.csv');
    await importInto(ws, { kind: 'stations', stations: [...(STATIONS.kind === 'stations' ? STATIONS.stations : []), createStation('far', 'VNPT', 30_000, 0, { '4G': 1000 })] }, 'tram.csv');
    expect((await ws.view(16)).layerWarnings).toEqual({ villagesWithoutCommune: 1, villagesOutsideCommune: 0, stationsOutsideCommunes: 1 });
    await ws.show('demo');
    expect((await ws.view(16)).layerWarnings).toBeNull();
  });

  it('removes a layer, goes back to the demo keeping the province, reopens it and starts a new one', async () => {
    const ws = await openTab();
    await importInto(ws, COMMUNES, 'xa.geojson', 'new');
    await importInto(ws, STATIONS, 'tram.csv');
    expect((await ws.remove('stations')).layers.map((l) => l.kind)).toEqual(['communes']);
    const demo = await ws.show('demo');
    expect(demo).toMatchObject({ source: 'demo', savedProvince: { name: 'Tỉnh Bắc Ninh', layers: 1 } });
    expect((await ws.dataset()).province.isDemo).toBe(true);
    expect((await ws.show('province')).province.name).toBe('Tỉnh Bắc Ninh');
    const fresh = await ws.newProvince();
    expect(fresh).toMatchObject({ source: 'province', layers: [], province: { name: 'Tỉnh chưa xác định' } });
  });

  it('offers to add to the kept province from the demo: "add" keeps its layers, "new" replaces them', async () => {
    const ws = await openTab();
    await importInto(ws, COMMUNES, 'xa.geojson', 'new');
    await ws.show('demo');
    expect((await importInto(ws, STATIONS, 'tram.csv', 'add')).layers.map((l) => l.kind)).toEqual(['communes', 'stations']);
    await ws.show('demo');
    expect((await importInto(ws, STATIONS, 'tram2.csv', 'new')).layers.map((l) => l.file)).toEqual(['tram2.csv']);
  });
});

describe('Workspace: storage', () => {
  it('keeps both tabs\' layers when two tabs import at once, and a tab sees the other\'s change', async () => {
    const storage = memoryStorage();
    const told: number[] = [];
    const a = await openTab(storage, (v) => told.push(v));
    const b = await openTab(storage);
    await importInto(a, COMMUNES, 'xa.geojson', 'new');
    // Tab b has not heard of a's province yet: its import still lands in the province kept in storage.
    await importInto(b, STATIONS, 'tram.csv', 'add');
    expect(told).toHaveLength(1);
    expect((await storage.readMeta())!.layers.map((l) => l.kind)).toEqual(['communes', 'stations']);
    expect(await a.sync()).toBe(true);
    expect(a.info().layers.map((l) => l.kind)).toEqual(['communes', 'stations']);
    expect((await a.dataset()).stations).toHaveLength(3);
    expect(await a.sync()).toBe(false);
    // Replaced and removed layers leave no bytes behind.
    await importInto(a, STATIONS, 'tram-moi.csv');
    await a.remove('communes');
    expect([...storage.blobs.keys()]).toEqual([`layer:${a.info().layers[0]!.id}`]);
  });

  it('starts on the demo when the browser gives no storage, and imports work in the tab', async () => {
    const broken: DataStorage = { ...memoryStorage(), readMeta: () => Promise.reject(new DOMException('blocked', 'SecurityError')) };
    const ws = await openTab(broken);
    expect(ws.info()).toMatchObject({ source: 'demo', storage: 'unavailable' });
    const info = await importInto(ws, STATIONS, 'tram.csv', 'new');
    expect(info).toMatchObject({ source: 'province', storage: 'unavailable' });
    expect((await ws.dataset()).stations).toHaveLength(3);
    expect(await ws.sync()).toBe(false);
  });

  it('says so when a save runs out of space, and keeps the layer in the tab', async () => {
    const storage = memoryStorage();
    const ws = await openTab(storage);
    await importInto(ws, COMMUNES, 'xa.geojson', 'new');
    storage.writeBlob = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const info = await importInto(ws, STATIONS, 'tram.csv');
    expect(info).toMatchObject({ storage: 'session', quotaExceeded: true });
    expect(info.layers.map((l) => l.kind)).toEqual(['communes', 'stations']);
    expect((await storage.readMeta())!.layers.map((l) => l.kind)).toEqual(['communes']);
    expect([...storage.blobs.keys()]).toHaveLength(1);
  });

  it('moves the layers the page kept before into a province, once', async () => {
    const storage = memoryStorage();
    const legacy = [{ kind: 'stations' as const, file: 'tram.csv', savedAt: Date.UTC(2025, 8, 1), counts: { rows: 3, imported: 3, warnings: 0, rejected: 0 }, layer: STATIONS }];
    let cleared = false;
    const ws = new Workspace({ storage, legacy: { layers: async () => (cleared ? [] : legacy), clear: async () => void (cleared = true) } });
    await ws.start();
    expect(ws.info()).toMatchObject({ source: 'province', layers: [{ kind: 'stations', file: 'tram.csv', importedAt: '2025-09-01T00:00:00.000Z' }] });
    expect(cleared).toBe(true);
    expect((await ws.dataset()).stations).toHaveLength(3);
  });
});

describe('Workspace: province packages', () => {
  it('exports a province that opens in a fresh browser with the same figures, settings and values', async () => {
    const ws = await openTab();
    await importInto(ws, COMMUNES, 'xa.geojson', 'new');
    await importInto(ws, VILLAGES, 'thon.csv');
    await importInto(ws, STATIONS, 'tram.csv');
    const before = await ws.stats(90);
    const manual = [{ indicator: 'fixed_broadband_speed', value: 120, date: '2025-06-30', source: 'Sở KH&CN' }];
    const bytes = await ws.exportPackage({ thresholdPct: 90, planId: 'bn-2035' }, manual);

    const storage = memoryStorage();
    const fresh = await openTab(storage);
    const stages: LoadStage[] = [];
    const opened = await fresh.openPackage(bytes, 'bac-ninh.zip', true);
    expect(opened).toEqual({ settings: { thresholdPct: 90, planId: 'bn-2035' }, manualValues: manual });
    await fresh.dataset((_, stage) => void stages.push(stage));
    expect(stages).not.toContain('estimate');
    expect((await fresh.stats(90)).stats).toEqual(before.stats);
    expect(fresh.info()).toMatchObject({ source: 'province', storage: 'saved', province: { name: 'Tỉnh Bắc Ninh' } });
    expect(fresh.info().layers.map((l) => l.file)).toEqual(['xa.geojson', 'thon.csv', 'tram.csv']);
    expect((await storage.readMeta())!.layers).toHaveLength(3);
  });

  it('opens a package from a link for the tab only, leaving the kept province alone', async () => {
    const ws = await openTab();
    await importInto(ws, STATIONS, 'tram.csv', 'new');
    const bytes = await ws.exportPackage({ thresholdPct: 95, planId: null }, []);
    const storage = memoryStorage();
    const mine = await openTab(storage);
    await importInto(mine, COMMUNES, 'xa.geojson', 'new');
    const tab = new Workspace({ storage });
    const opened = await tab.openPackage(bytes, 'https://example.org/tinh.zip', false);
    expect(opened).not.toHaveProperty('error');
    expect(tab.info()).toMatchObject({ source: 'province', storage: 'session', layers: [{ kind: 'stations' }] });
    expect((await storage.readMeta())!.layers.map((l) => l.kind)).toEqual(['communes']);
  });

  it('refuses a file that is not a package, with its name, and keeps what was shown', async () => {
    const ws = await openTab();
    const result = await ws.openPackage(new TextEncoder().encode('station_id,operator\n'), 'tram.csv', true);
    expect(result).toEqual({ error: 'tram.csv: not a province package (no manifest.json)' });
    expect(ws.info().source).toBe('demo');
  });

  it('refuses to export the demo', async () => {
    const ws = await openTab();
    await expect(ws.exportPackage({ thresholdPct: 95, planId: null }, [])).rejects.toThrow(/province of your own/);
  });
});
