import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/core/demo/generateDemo.ts';
import { groupSites } from '../../src/core/sites/groupSites.ts';
import { createWorkerApi, type LoadStage } from '../../src/worker/api.ts';
import { rasterGrid } from '../../src/worker/buildView.ts';
import { SITES_TILE_LAYER } from '../../src/worker/siteTileNames.ts';
import { memoryStorage } from '../../src/worker/storage.ts';
import { Workspace } from '../../src/worker/workspace.ts';

const createApi = (demoSeed?: number) => createWorkerApi(new Workspace({ storage: memoryStorage(), ...(demoSeed === undefined ? {} : { demoSeed }) }));

describe('load (the worker function the map is fed from), on the demo', () => {
  it('returns every commune, village, site and fibre feature of the demo, with names the popups show', async () => {
    const data = generateDemo({ seed: 7 });
    const api = createApi(7);
    const loaded = await api.load({ rasterWidth: 64 });
    expect(loaded.province.isDemo).toBe(true);
    expect(loaded.info.source).toBe('demo');
    expect(loaded.communes.features.map((f) => f.properties.name)).toEqual(data.communes.map((c) => c.name));
    expect(loaded.villages.features.map((f) => f.properties.name)).toEqual(data.villages.map((v) => v.name));
    const sites = groupSites(data.stations);
    // The sites stay in the worker: the whole province fits the zoom-0 tile.
    const tile = new VectorTile(new PbfReader(api.siteTile(0, 0, 0))).layers[SITES_TILE_LAYER]!;
    const operatorCounts = Array.from({ length: tile.length }, (_, i) => tile.feature(i).properties.operatorCount);
    expect(operatorCounts).toEqual(sites.map((s) => s.operators.length));
    expect(Object.keys(loaded)).not.toContain('sites');
    expect(loaded.fibre.features).toHaveLength(data.fibre.routes.length + data.fibre.accessPoints.length);
    const firstVillage = loaded.villages.features[0]!.properties;
    const commune = data.communes.find((c) => c.code === firstVillage.communeCode)!;
    expect(firstVillage.communeName).toBe(commune.name);
  });

  it('sums the province figures from the villages and sites, with every figure available', async () => {
    const data = generateDemo({ seed: 3 });
    const { summary, availability } = await createApi(3).load({ rasterWidth: 32 });
    expect(summary.population).toBe(data.villages.reduce((s, v) => s + v.population, 0));
    expect(summary.households).toBe(data.villages.reduce((s, v) => s + v.households, 0));
    expect(summary.sharedSites).toBe(groupSites(data.stations).filter((s) => s.operators.length >= 2).length);
    expect(summary.defaultRadius['4G']).toBe(data.stations.filter((s) => s.techs.includes('4G') && !s.radiusM['4G']).length);
    expect(availability).toEqual({ communes: true, villages: true, population: true, radio: true, stations: true, fibre: 'layer' });
  });

  it('gives one RGBA raster per measured tech, sized to the grid', async () => {
    const loaded = await createApi().load({ rasterWidth: 40 });
    expect(loaded.coverage.map((c) => c.tech)).toEqual(['4G', '5G', '6G']);
    for (const c of loaded.coverage) {
      expect(c.width).toBe(40);
      expect(c.rgba.length).toBe(c.width * c.height * 4);
      const covered = c.rgba.filter((_, i) => i % 4 === 3 && c.rgba[i]! > 0).length;
      expect(c.coveredPercent).toBeCloseTo((100 * covered) / (c.width * c.height), 9);
    }
  });

  it('reports progress from 0 up to 1, ending with "done"', async () => {
    const seen: Array<[number, LoadStage]> = [];
    await createApi().load({ rasterWidth: 16 }, (fraction, stage) => void seen.push([fraction, stage]));
    expect(seen[0]).toEqual([0, 'generate']);
    expect(seen.at(-1)).toEqual([1, 'done']);
    const fractions = seen.map(([f]) => f);
    expect(fractions.slice(1)).toEqual([...fractions.slice(1)].sort((a, b) => a - b));
  });
});

describe('rasterGrid', () => {
  it('makes pixels square in Web Mercator: 1° × 1° at 20-21°N is about 1/cos(20.5°) taller than wide', () => {
    expect(rasterGrid([105, 20, 106, 21], 1000).height).toBe(1068);
    expect(rasterGrid([0, -0.5, 1, 0.5], 100).height).toBe(100);
  });
});
