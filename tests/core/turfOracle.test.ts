import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/core/demo/random.ts';
import { createRandomStations, createRandomVillage } from '../../bench/randomVillages.ts';
import { turfCoveredPct } from '../../bench/turfOracle.ts';
import { buildTechLayer } from '../../src/core/coverage/buildCoverageLayer.ts';
import { radiusShapeProvider } from '../../src/core/coverage/shapeProvider.ts';
import { MEASURED_TECHS } from '../../src/core/model.ts';
import { measureVillage } from '../../src/core/stats/measureVillage.ts';

describe('measureVillage against a Turf polygon overlay on seeded random villages', () => {
  it('stays within 0.3 pp on average and 1.5 pp at worst, with holes, sectors and overlapping discs', () => {
    const rand = mulberry32(7);
    const errors: number[] = [];
    for (let v = 0; v < 20; v++) {
      const lon = 106 + rand() * 0.5;
      const lat = 21 + rand() * 0.5;
      const size = 300 + rand() * 1500;
      const village = createRandomVillage(rand, lon, lat, size, 8 + Math.floor(rand() * 30), v % 3 === 0);
      const stations = createRandomStations(rand, lon, lat, 3 * size, 4 + Math.floor(rand() * 6), { '4G': size, '5G': size / 2, '6G': size / 4 });
      const layers = MEASURED_TECHS.map((tech) => buildTechLayer(stations, [], tech, radiusShapeProvider));
      const got = measureVillage(village, layers).pct;
      MEASURED_TECHS.forEach((tech, k) => errors.push(Math.abs(got[k]! - turfCoveredPct(village, stations, tech))));
    }
    const mean = errors.reduce((a, b) => a + b, 0) / errors.length;
    expect(mean).toBeLessThan(0.3);
    expect(Math.max(...errors)).toBeLessThan(1.5);
  }, 30_000);
});
