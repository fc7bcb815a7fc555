import { describe, expect, it } from 'vitest';
import type { Dataset, Station } from '../../../src/core/model.ts';
import { planSites, type SitePlan } from '../../../src/core/siting/planSites.ts';
import { computeStats } from '../../../src/core/stats/computeStats.ts';
import { createGappyProvince } from '../../helpers/createGappyProvince.ts';
import { toLonLat } from '../../helpers/createData.ts';

const RADIUS = 600;
/** People covered by 4G, as `stats` counts them: the province's population times its covered share. */
const people4g = (dataset: Dataset, stations: Station[]) => {
  const { province } = computeStats({ ...dataset, stations });
  return (province.population * province.pct['4G']!) / 100;
};
const gained = (plan: SitePlan) => plan.actions.reduce((sum, a) => sum + a.peopleGained, 0);
const noRefine = { refineToM: Infinity, grid: false } as const;

/** A new shared 4G station of `RADIUS` at a point, as the optimiser proposes it. */
const newSite = (lon: number, lat: number): Station => ({
  id: 'x', operator: 'shared', lon, lat, techs: ['4G'], heightM: null, azimuths: [], beamwidthDeg: null, band: null, eirpDbm: {}, environment: null, towerId: null, radiusM: { '4G': RADIUS },
});

function lattice(stepM: number, fromM: number, toM: number) {
  const points: { lon: number; lat: number }[] = [];
  for (let y = fromM; y <= toM; y += stepM) for (let x = fromM; x <= toM; x += stepM) {
    const [lon, lat] = toLonLat(x, y);
    points.push({ lon: Math.round(lon * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6 });
  }
  return points;
}

describe('planSites: new sites', () => {
  it('picks what plain greedy picks when every gain is a full computeStats, and claims those gains', () => {
    const dataset = createGappyProvince(7);
    const points = lattice(500, -2000, 2000);
    const plan = planSites(dataset, { tech: '4G', colocations: 0, newSites: 3, radiusM: RADIUS, drawnSites: points, ...noRefine });
    const chosen: Station[] = [];
    let before = people4g(dataset, dataset.stations);
    for (let round = 0; round < 3; round++) {
      let best = { gain: 0, index: -1 };
      points.forEach((p, index) => {
        const gain = people4g(dataset, [...dataset.stations, ...chosen, newSite(p.lon, p.lat)]) - before;
        if (gain > best.gain + 1e-9) best = { gain, index };
      });
      const action = plan.actions[round]!;
      expect([action.station.lon, action.station.lat]).toEqual([points[best.index]!.lon, points[best.index]!.lat]);
      expect(action.peopleGained).toBeCloseTo(best.gain, 6);
      chosen.push(newSite(points[best.index]!.lon, points[best.index]!.lat));
      before += best.gain;
    }
  });

  it('equals the best subset by brute force where the candidates do not overlap', () => {
    const dataset = createGappyProvince(3, 4);
    // Seven points 1,300 m apart (more than two radii) along a diagonal band.
    const points = [-1950, -650, 650, 1950].flatMap((x) => [-1950, 650].map((y) => toLonLat(x, y + (x > 0 ? 650 : 0)))).slice(0, 7).map(([lon, lat]) => ({ lon: Math.round(lon * 1e6) / 1e6, lat: Math.round(lat * 1e6) / 1e6 }));
    const plan = planSites(dataset, { tech: '4G', colocations: 0, newSites: 3, radiusM: RADIUS, drawnSites: points, ...noRefine });
    const base = people4g(dataset, dataset.stations);
    let best = 0;
    for (let a = 0; a < points.length; a++)
      for (let b = a + 1; b < points.length; b++)
        for (let c = b + 1; c < points.length; c++) {
          const added = [a, b, c].map((i) => newSite(points[i]!.lon, points[i]!.lat));
          best = Math.max(best, people4g(dataset, [...dataset.stations, ...added]) - base);
        }
    expect(plan.actions).toHaveLength(3);
    expect(gained(plan)).toBeCloseTo(best, 6);
  });

  it('gains at least 95 % of what a lazy greedy on a 100 m grid gains with the same radius', () => {
    for (const seed of [1, 2]) {
      const dataset = createGappyProvince(seed);
      const reference = planSites(dataset, { tech: '4G', colocations: 0, newSites: 3, radiusM: RADIUS, gridM: 100, refineToM: Infinity });
      const plan = planSites(dataset, { tech: '4G', colocations: 0, newSites: 3, radiusM: RADIUS });
      expect(plan.gridM).toBe(RADIUS / 2);
      expect(reference.candidates.newSite).toBeGreaterThan(5 * plan.candidates.newSite);
      expect(gained(plan)).toBeGreaterThanOrEqual(0.95 * gained(reference));
    }
  });
});
