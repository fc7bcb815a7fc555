import { describe, expect, it } from 'vitest';
import { computeStats } from '../../src/core/stats/computeStats.ts';
import { measureMetric } from '../../src/core/targets/measureMetric.ts';
import { toMeasuredFigures } from '../../src/core/targets/toMeasuredFigures.ts';
import { createCommune, createDataset, createSquare, createStation, createVillage } from '../helpers/createData.ts';

// Two 1 km villages side by side in one 2 km x 1 km commune; a shared tower covers only the western one.
function createSmallDataset() {
  const west = { ...createVillage('W', '07210', createSquare(-500, 0, 1000), 300), households: 80, fibre: true };
  const east = { ...createVillage('E', '07210', createSquare(500, 0, 1000), 100), households: 20, fibre: false };
  return createDataset({
    communes: [createCommune('07210', createSquare(0, 0, 2000))],
    villages: [west, east],
    stations: [
      createStation('VT1', 'Viettel', -500, 0, { '4G': 800 }, { towerId: 'T1' }),
      createStation('VN1', 'VNPT', -500, 0, { '4G': 800 }, { towerId: 'T1' }),
      createStation('MF1', 'MobiFone', 900, 400, { '4G': 50 }),
    ],
  });
}

describe('toMeasuredFigures', () => {
  it('joins households from the village list and keeps the engine percentages and covered flags', () => {
    const dataset = createSmallDataset();
    const figures = toMeasuredFigures(computeStats(dataset), dataset);
    expect(figures.thresholdPct).toBe(95);
    expect(figures.villages.map((v) => [v.id, v.population, v.households, v.covered['4G'], v.covered.fibre])).toEqual([
      ['W', 300, 80, true, true],
      ['E', 100, 20, false, false],
    ]);
    expect(figures.villages[0]!.pct['4G']).toBe(100);
  });

  it('counts one site per tower with its operators, so sharing and household fibre access measure as by hand', () => {
    const dataset = createSmallDataset();
    const figures = toMeasuredFigures(computeStats(dataset), dataset);
    expect(figures.siteCounts).toEqual([
      { communeCode: '07210', sites: 2, shared: 1, perOperator: { MobiFone: 1, VNPT: 1, Viettel: 1 } },
    ]);
    expect(measureMetric('site_sharing_pct', figures, 15).value).toBe(50);
    // 80 of 100 households live in the village with fibre.
    expect(measureMetric('households_fibre_access_pct', figures, 100)).toMatchObject({ value: 80, met: false });
  });

  it('counts 0 households for a village the stats know but the village list does not', () => {
    const dataset = createSmallDataset();
    const stats = computeStats(dataset);
    const figures = toMeasuredFigures(stats, { ...dataset, villages: dataset.villages.slice(0, 1) });
    expect(figures.villages.map((v) => v.households)).toEqual([80, 0]);
  });
});
