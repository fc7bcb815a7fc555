import { describe, expect, it } from 'vitest';
import { radiusShapeProvider } from '../../src/core/coverage/shapeProvider.ts';
import { runStats } from '../../src/worker/runStats.ts';
import { createCommune, createDataset, createSquare, createStation, createVillage } from '../helpers/createData.ts';

/** Two 1 km villages: two operators on one 4G site cover the west one entirely (radius 2 km), none of the east one. */
function createTwoVillages() {
  return createDataset({
    communes: [createCommune('C1', createSquare(0, 0, 10_000))],
    villages: [
      { ...createVillage('west', 'C1', createSquare(-2000, 0, 1000), 100), households: 25 },
      { ...createVillage('east', 'C1', createSquare(3000, 0, 1000), 300), households: 70 },
    ],
    stations: [createStation('S1', 'Viettel', -2000, 0, { '4G': 2000 }), createStation('S2', 'VNPT', -2000, 5, { '4G': 2000 })],
  });
}

describe('runStats (the engine as the app runs it)', () => {
  it('counts the covered villages at the threshold and hands the plan figures their households', () => {
    const { stats, figures } = runStats(createTwoVillages(), 95, radiusShapeProvider);
    expect(stats.province.villagesCovered['4G']).toBe(1);
    expect(stats.province.pct['4G']).toBeCloseTo(25, 6);
    expect(figures.villages.map((v) => [v.id, v.households, v.covered['4G']])).toEqual([['west', 25, true], ['east', 70, false]]);
    expect(figures.siteCounts).toEqual([{ communeCode: 'C1', sites: 1, shared: 1, perOperator: { VNPT: 1, Viettel: 1 } }]);
    expect(figures.thresholdPct).toBe(95);
  });

  it('hands the page its sites as counts per commune, not one object per site', () => {
    const { stats, figures } = runStats(createTwoVillages(), 95, radiusShapeProvider);
    expect(Object.keys(stats)).not.toContain('sites');
    expect(stats.province.sites).toBe(1);
    expect(figures.siteCounts).toHaveLength(1);
  });

  it('reports progress from 0 to 1, rising, without a message per village', () => {
    const seen: number[] = [];
    runStats(createTwoVillages(), 95, radiusShapeProvider, (f) => seen.push(f));
    expect(seen).toEqual([0, 0.5, 1]);
  });
});
