import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { interiorPoint } from '../../src/core/geometry/interiorPoint.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import type { Area, Station } from '../../src/core/model.ts';
import { computeStats } from '../../src/core/stats/computeStats.ts';
import type { StatsResult } from '../../src/core/stats/statsTypes.ts';
import { compareStats } from '../../src/core/whatif/compareStats.ts';
import { createWorkerApi } from '../../src/worker/api.ts';
import { SITES_TILE_LAYER } from '../../src/worker/siteTileNames.ts';
import { memoryStorage } from '../../src/worker/storage.ts';
import { Workspace } from '../../src/worker/workspace.ts';

const SEED = 5;

function setUp() {
  const workspace = new Workspace({ storage: memoryStorage(), demoSeed: SEED });
  return { workspace, api: createWorkerApi(workspace) };
}

const newStation = (lon: number, lat: number): Station => ({
  id: 'NEW-1', operator: 'VNPT', lon, lat, techs: ['4G'], heightM: 30, azimuths: [], beamwidthDeg: null, band: null,
  eirpDbm: {}, environment: null, towerId: null, radiusM: { '4G': 3000 },
});

/** The page's figures (no site list) against a full computation: counts equal, shares within `pp` points. */
function expectFigures(page: Omit<StatsResult, 'sites'>, full: StatsResult, pp = 1e-9) {
  const diff = compareStats({ ...page, sites: [] }, { ...full, sites: [] });
  expect(diff.mismatches).toEqual([]);
  expect(diff.maxVillageDiffPp).toBeLessThanOrEqual(pp);
  expect(diff.maxAreaDiffPp).toBeLessThanOrEqual(pp);
}

const siteCount = (api: ReturnType<typeof setUp>['api']) => new VectorTile(new PbfReader(api.siteTile(0, 0, 0))).layers[SITES_TILE_LAYER]!.length;

// Each test measures the demo twice or more (seconds each, more beside the browser tests on a loaded machine).
describe('what-if edits in the worker, on the demo', { timeout: 300_000 }, () => {
  it('adds a station in the least covered village: the figures are a full computation\'s, the site is drawn and marked', async () => {
    const { workspace, api } = setUp();
    await api.load({ rasterWidth: 16 });
    const before = await api.stats(80);
    const sitesBefore = siteCount(api);
    const worst = [...before.stats.villages].filter((v) => v.population > 0).sort((a, b) => (a.pct['4G'] ?? 0) - (b.pct['4G'] ?? 0))[0]!;
    const village = (await workspace.dataset()).villages.find((v) => v.id === worst.id)!;
    const [lon, lat] = interiorPoint(village.geometry as Area);
    const answer = await api.addStation(newStation(lon, lat));
    if ('error' in answer) throw new Error(answer.error);

    const edited = { ...(await workspace.dataset()), stations: [...(await workspace.dataset()).stations, newStation(lon, lat)] };
    const full = computeStats(edited, { thresholdPct: 80, provider: workspace.provider(await workspace.dataset()) });
    expectFigures(answer.stats.stats, full);
    expect(answer.effect.peopleGained['4G']).toBeGreaterThan(0);
    expect(answer.effect.peopleGained['4G']).toBeCloseTo((full.province.population * full.province.pct['4G']!) / 100 - (before.stats.province.population * before.stats.province.pct['4G']!) / 100, 6);
    expect(answer.scenario.entries.map((e) => [e.kind, e.key])).toEqual([['add', 'VNPT:NEW-1']]);
    expect(answer.scenario.marks.features.map((f) => f.properties.mark)).toEqual(['added']);
    expect(answer.sitesVersion).toBeGreaterThan(1);
    expect(siteCount(api)).toBe(sitesBefore + 1);
    // The page's figures come from the session from now on, a threshold change included.
    expectFigures((await api.stats(50)).stats, computeStats(edited, { thresholdPct: 50, provider: workspace.provider(await workspace.dataset()) }));
  });

  it('moves, removes, undoes and redoes; the scenario exports as a stations CSV that imports to the same figures', async () => {
    const { workspace, api } = setUp();
    await api.load({ rasterWidth: 16 });
    const base = await api.stats(80);
    const [first, second] = (await workspace.dataset()).stations;
    const moved = await api.moveStation(`${first!.operator}:${first!.id}`, first!.lon + 0.02, first!.lat);
    const removed = await api.removeStation(`${second!.operator}:${second!.id}`);
    if ('error' in moved || 'error' in removed) throw new Error('edit refused');
    expect(removed.scenario.entries.map((e) => e.kind)).toEqual(['move', 'remove']);
    expect(removed.scenario.marks.features.map((f) => f.properties.mark)).toEqual(['moved', 'removed']);
    expect(await api.moveStation('nobody:none', 0, 0)).toEqual({ error: 'No station nobody:none.' });

    const undone = await api.undo();
    expect(undone!.stats.stats.province).toEqual(moved.stats.stats.province);
    expect(undone!.scenario).toMatchObject({ canUndo: true, canRedo: true });
    expect((await api.undo())!.stats.stats.province).toEqual(base.stats.province);
    expect(await api.undo()).toBeNull();
    await api.redo();
    const redone = await api.redo();
    expect(redone!.stats.stats.province).toEqual(removed.stats.stats.province);
    expect(redone!.scenario.entries).toHaveLength(2);

    const csv = await api.scenarioCsv();
    const imported = await importLayer(new TextEncoder().encode(csv), 'scenario.csv', 'stations');
    if (!imported.ok || imported.layer.kind !== 'stations') throw new Error('the export did not import');
    expect(imported.report.rejected).toBe(0);
    const again = { ...(await workspace.dataset()), stations: imported.layer.stations };
    // Positions are written to 6 decimals (about 0.1 m): a village's share moves by a few hundredths of a point
    // at most, and no village changes class.
    expectFigures(redone!.stats.stats, computeStats(again, { thresholdPct: 80, provider: workspace.provider(again) }), 0.05);
  });

  it('runs the optimiser on the stations shown and applies its actions as one scenario, to the figures it claimed', async () => {
    const { api } = setUp();
    await api.load({ rasterWidth: 16 });
    await api.stats(80);
    const progress: number[] = [];
    const view = await api.plan(
      { tech: '4G', operator: 'VNPT', colocations: 2, newSites: 1, thresholdPct: 80, planId: 'none', manualValues: [], asOf: '2026-01-01' },
      (done, total) => void progress.push(done / total),
    );
    expect(view.actions.map((a) => a.action)).toEqual(['colocate', 'colocate', 'new_site']);
    expect(progress).toEqual([0, 1 / 3, 2 / 3, 1]);
    expect(view.demand.pctAfter!).toBeGreaterThan(view.demand.pctBefore!);
    const applied = await api.applyPlan();
    if (!applied || 'error' in applied) throw new Error('not applied');
    expect(applied.scenario.entries.map((e) => e.key)).toEqual(view.actions.map((a) => a.key));
    expect(applied.scenario.entries.map((e) => e.kind)).toEqual(['colocate', 'colocate', 'add']);
    // The demand is VNPT's 4G; the scenario's figures are every operator's, which gain at most as much.
    const gained = view.demand.peopleAfter! - view.demand.peopleBefore!;
    expect(gained).toBeGreaterThan(0);
    expect(applied.effect.peopleGained['4G']).toBeLessThanOrEqual(gained + 1e-6);
    expect(applied.effect.sharingPctAfter!).toBeGreaterThan(applied.effect.sharingPctBefore!);
    expect(applied.stats.stats.province.sharingPct).toBeCloseTo(view.sharingPctAfter!, 9);
    expect(await api.applyPlan()).toBeNull();
  });
});
