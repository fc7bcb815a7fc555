import { describe, expect, it } from 'vitest';
import { crossCheckLayers, distanceToArea } from '../../src/core/import/crossCheckLayers.ts';
import type { Commune, Station, Village } from '../../src/core/model.ts';

const square = (x: number, y: number, d = 0.02) =>
  ({ type: 'Polygon' as const, coordinates: [[[x, y], [x + d, y], [x + d, y + d], [x, y + d], [x, y]]] });
const commune = (code: string, x: number): Commune => ({ code, name: `Xã ${code}`, type: 'xa', geometry: square(x, 21) });
const village = (id: string, communeCode: string, lon: number): Village =>
  ({ id, name: id, communeCode, population: 10, households: 3, fibre: false, geometry: { type: 'Point', coordinates: [lon, 21.01] } });
const station = (id: string, lon: number): Station =>
  ({ id, operator: 'Viettel', lon, lat: 21.01, techs: ['4G'], heightM: null, azimuths: [], beamwidthDeg: null, band: null, eirpDbm: {}, environment: null, towerId: null, radiusM: {} });

describe('crossCheckLayers', () => {
  const communes = [commune('A', 106), commune('B', 106.1)];

  it('lists villages naming a commune not loaded, villages far outside theirs and stations outside every commune', () => {
    const w = crossCheckLayers({
      communes,
      villages: [village('in', 'A', 106.01), village('near', 'A', 106.03), village('far', 'A', 106.3), village('lost', 'Z', 106.01)],
      stations: [station('s1', 106.01), station('s2', 106.5)],
    });
    expect(w.counts).toEqual({ villagesWithoutCommune: 1, villagesOutsideCommune: 1, stationsOutsideCommunes: 1 });
    expect(w.villagesWithoutCommune).toEqual([{ id: 'lost', name: 'lost', communeCode: 'Z' }]);
    expect(w.villagesOutsideCommune[0]).toMatchObject({ id: 'far', communeCode: 'A' });
    expect(w.villagesOutsideCommune[0]!.distanceM).toBeCloseTo((0.28 * 111_195 * Math.cos((21.01 * Math.PI) / 180)), -2);
    expect(w.stationsOutsideCommunes).toEqual([{ operator: 'Viettel', id: 's2', lon: 106.5, lat: 21.01 }]);
  });

  it('a village inside another commune than its own is measured to its own', () => {
    const w = crossCheckLayers({ communes, villages: [village('x', 'A', 106.11)], stations: [] });
    expect(w.counts.villagesOutsideCommune).toBe(1);
    expect(w.villagesOutsideCommune[0]!.distanceM).toBeGreaterThan(9_000);
  });

  it('checks nothing without communes, and keeps lists short while counting all', () => {
    expect(crossCheckLayers({ communes: [], villages: [village('v', 'A', 106)], stations: [] }).communesLoaded).toBe(false);
    const many = crossCheckLayers({ communes, villages: [], stations: Array.from({ length: 150 }, (_, i) => station(`s${i}`, 107)) }, { listLimit: 10 });
    expect(many.counts.stationsOutsideCommunes).toBe(150);
    expect(many.stationsOutsideCommunes).toHaveLength(10);
  });

  it('distanceToArea is zero on the edge and grows with the gap', () => {
    expect(distanceToArea(106, 21.01, square(106, 21))).toBeCloseTo(0, 6);
    expect(distanceToArea(106, 21.03, square(106, 21))).toBeCloseTo(0.01 * 111_195, -1);
  });
});
