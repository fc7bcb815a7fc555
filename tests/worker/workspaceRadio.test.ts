import { describe, expect, it } from 'vitest';
import type { ImportResult, LayerData } from '../../src/core/import/importLayer.ts';
import { DEFAULT_RADIO_MODEL, type RadioModel } from '../../src/core/radio/radioModel.ts';
import { createRadioShapeProvider } from '../../src/core/radio/radioShapeProvider.ts';
import { groupSites } from '../../src/core/sites/groupSites.ts';
import { computeStats } from '../../src/core/stats/computeStats.ts';
import { memoryStorage } from '../../src/worker/storage.ts';
import { Workspace } from '../../src/worker/workspace.ts';
import { createCommune, createSquare, createStation, createVillage } from '../helpers/createData.ts';

/** One rural commune 12 km wide tiled by nine 4 km village squares, and one omni station at its centre without a radius. */
const LAYERS: LayerData[] = [
  { kind: 'communes', communes: [createCommune('07210', createSquare(0, 0, 12_000))] },
  {
    kind: 'villages',
    villages: [-4000, 0, 4000].flatMap((x) => [-4000, 0, 4000].map((y) => ({ ...createVillage(`V${x}_${y}`, '07210', createSquare(x, y, 4000), 100), fibre: null }))),
  },
  { kind: 'stations', stations: [createStation('S1', 'Viettel', 0, 0, {}, { techs: ['4G', '5G'], heightM: 30, band: 'B3;n78' })] },
];

function imported(layer: LayerData): Extract<ImportResult, { ok: true }> {
  const file = `${layer.kind}.csv`;
  return {
    ok: true, file, format: 'csv', kind: layer.kind, layer, columns: [], mapping: {},
    report: { file, kind: layer.kind, rows: 1, imported: 1, warnings: 0, rejected: 0, reasons: {}, warningCodes: {}, issues: [] },
    rejectedRows: { columns: [], rows: [] },
  } as unknown as Extract<ImportResult, { ok: true }>;
}

async function province(): Promise<Workspace> {
  const ws = new Workspace({ storage: memoryStorage(), demoSeed: 1 });
  await ws.start();
  for (const [i, layer] of LAYERS.entries()) await ws.commit(ws.keepImport(imported(layer)), i === 0 ? 'new' : 'add');
  return ws;
}

const strict4G: RadioModel = { ...DEFAULT_RADIO_MODEL, thresholdDbm: { ...DEFAULT_RADIO_MODEL.thresholdDbm, '4G': -90 } };

describe('Workspace: the radio model of the settings panel', () => {
  it('measures again under another model: a stricter 4G threshold lowers 4G alone, as computeStats gives it', async () => {
    const ws = await province();
    const before = await ws.stats(50);
    const progress: number[] = [];
    const after = await ws.stats(50, (f) => progress.push(f), strict4G);
    expect(progress.length).toBeGreaterThan(0);
    expect(after.stats.province.pct['4G']!).toBeLessThan(before.stats.province.pct['4G']!);
    expect(after.stats.province.pct['5G']).toBe(before.stats.province.pct['5G']);
    const dataset = await ws.dataset();
    const expected = computeStats(dataset, { thresholdPct: 50, provider: createRadioShapeProvider(strict4G, dataset.communes) });
    expect(after.stats.province).toEqual(expected.province);
    // Back to the defaults: the figures of the defaults again.
    expect((await ws.stats(50)).stats.province).toEqual(before.stats.province);
  });

  it('keeps one measurement per model: a threshold change under the same model does not measure again', async () => {
    const ws = await province();
    await ws.stats(95, undefined, strict4G);
    const again: number[] = [];
    await ws.stats(60, (f) => again.push(f), structuredClone(strict4G));
    expect(again).toEqual([]);
  });

  it('draws the 4G raster smaller under a stricter 4G threshold, the 5G raster the same', async () => {
    const ws = await province();
    const covered = async (radio?: RadioModel) => Object.fromEntries((await ws.view(64, undefined, radio)).coverage.map((c) => [c.tech, c.coveredPercent]));
    const before = await covered();
    const after = await covered(strict4G);
    expect(after['4G']).toBeLessThan(before['4G']!);
    expect(after['5G']).toBe(before['5G']);
  });

  it('refuses a model the command line would refuse, with its reasons', async () => {
    const ws = await province();
    const bad = { ...DEFAULT_RADIO_MODEL, thresholdDbm: { ...DEFAULT_RADIO_MODEL.thresholdDbm, '4G': 20 } };
    await expect(ws.stats(95, undefined, bad)).rejects.toThrow('threshold_dbm.4G: expected a received power from -200 to 0 dBm, got 20');
  });

  it('describes the stations of a site of the last view, their range following the model', async () => {
    const ws = await province();
    const view = await ws.view(32);
    expect(view.summary.sites).toBe(1);
    const siteId = groupSites((await ws.dataset()).stations)[0]!.id;
    const [station] = await ws.siteStations(siteId);
    expect(station).toMatchObject({ id: 'S1', band: 'B3;n78', heightM: 30, environment: 'rural', environmentFrom: 'xa' });
    const range4G = (s: typeof station) => (s!.reach[0]!.source === 'model' ? s!.reach[0]!.rangeM : NaN);
    const [strict] = await ws.siteStations(siteId, strict4G);
    expect(range4G(strict)).toBeLessThan(range4G(station));
    expect(await ws.siteStations('no such site')).toEqual([]);
  });
});
