import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/core/demo/random.ts';
import { placeRandomStations } from '../../bench/splitVillages.ts';
import { turfCoveredPct } from '../../bench/turfOracle.ts';
import { buildTechLayer } from '../../src/core/coverage/buildCoverageLayer.ts';
import { radiusShapeProvider } from '../../src/core/coverage/shapeProvider.ts';
import type { Dataset } from '../../src/core/model.ts';
import { computeStats } from '../../src/core/stats/computeStats.ts';
import { measureVillage } from '../../src/core/stats/measureVillage.ts';
import { createDataset } from '../helpers/createData.ts';

const REAL = join(import.meta.dirname, '../../../shared/data/real');
const FILE = join(REAL, 'census2009_communes_bacninh_bacgiang_thainguyen_backan.geojson');

/** The 2009 Bắc Ninh communes as one commune and one village each, with seeded random stations. */
function createBacNinh2009(): Dataset {
  const fc = JSON.parse(readFileSync(FILE, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const features = fc.features.filter((f) => f.properties?.province === 'Bac Ninh');
  const communes = features.map((f) => ({ code: String(f.properties!.commune_id), name: String(f.properties!.commune_vn), type: 'xa' as const, geometry: f.geometry }));
  const villages = communes.map((c, i) => ({
    id: c.code,
    name: c.name,
    communeCode: c.code,
    population: Number(features[i]!.properties!.population) || 0,
    households: 0,
    fibre: false,
    geometry: c.geometry,
  }));
  return createDataset({ communes, villages, stations: placeRandomStations(mulberry32(9), [105.9, 20.95, 106.3, 21.3], 800) });
}

describe.skipIf(!existsSync(FILE))('real 2009 communes of Bắc Ninh (skipped: ../shared/data/real absent)', () => {
  it('matches the Turf overlay on communes that overlap and leave slivers', () => {
    const data = createBacNinh2009();
    const layer = buildTechLayer(data.stations, [], '5G', radiusShapeProvider);
    const errors = data.villages.slice(0, 40).map((v) => {
      const geometry = v.geometry as Polygon | MultiPolygon;
      return Math.abs(measureVillage(geometry, [layer]).pct[0]! - turfCoveredPct(geometry, data.stations, '5G'));
    });
    expect(errors.reduce((a, b) => a + b, 0) / errors.length).toBeLessThan(0.3);
    expect(Math.max(...errors)).toBeLessThan(1.5);
  }, 30_000);

  it('puts each site in at most one commune despite overlaps, and weights by the census population', () => {
    const data = createBacNinh2009();
    const stats = computeStats(data);
    const inCommunes = stats.communes.reduce((n, c) => n + c.sites, 0);
    expect(inCommunes).toBe(stats.sites.filter((s) => s.communeCode !== null).length);
    expect(stats.province.population).toBe(data.villages.reduce((n, v) => n + v.population, 0));
    for (const v of stats.villages) for (const key of ['4G', '5G', '6G'] as const) expect(v.pct[key]).toBeGreaterThanOrEqual(0);
    for (const v of stats.villages) for (const key of ['4G', '5G', '6G'] as const) expect(v.pct[key]).toBeLessThanOrEqual(100);
  });
});
