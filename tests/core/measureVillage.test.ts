import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTechLayer } from '../../src/core/coverage/buildCoverageLayer.ts';
import { radiusShapeProvider } from '../../src/core/coverage/shapeProvider.ts';
import { MIN_ROWS, measureVillage } from '../../src/core/stats/measureVillage.ts';
import type { Area, Station } from '../../src/core/model.ts';
import { createSquare, createSquareRing, createStation } from '../helpers/createData.ts';

/** Share of `village` covered by 4G from `stations`, percent. */
function pct4g(village: Area, stations: Station[]): number {
  return measureVillage(village, [buildTechLayer(stations, [], '4G', radiusShapeProvider)]).pct[0]!;
}

const side = fc.double({ min: 50, max: 5000, noNaN: true });

describe('measureVillage against exact answers', () => {
  it('a disc centred on the middle of a side covers half a disc of the square', () => {
    fc.assert(
      fc.property(side, fc.double({ min: 0.05, max: 0.5, noNaN: true }), (s, k) => {
        const r = k * s;
        const exact = (100 * Math.PI * r * r) / 2 / (s * s);
        expect(pct4g(createSquare(0, 0, s), [createStation('a', 'Viettel', -s / 2, 0, { '4G': r })])).toBeCloseTo(exact, 0);
      }),
    );
  });

  it('a half-plane sector through the centre covers half a square, at any azimuth', () => {
    fc.assert(
      fc.property(side, fc.double({ min: 0, max: 360, noNaN: true }), (s, azimuth) => {
        const station = createStation('a', 'Viettel', 0, 0, { '4G': 10 * s }, { azimuths: [azimuth], beamwidthDeg: 180 });
        const got = pct4g(createSquare(0, 0, s), [station]);
        // Exact, unless the boundary is horizontal and lies on a sample line: then off by at most one row.
        const horizontal = Math.abs(Math.sin((azimuth * Math.PI) / 180)) < 1e-6;
        expect(Math.abs(got - 50)).toBeLessThanOrEqual(horizontal ? 100 / MIN_ROWS : 1e-6);
      }),
    );
  });

  it('a disc inside the square covers pi r² / s²; a square inside a disc is fully covered; disjoint is 0', () => {
    fc.assert(
      fc.property(side, fc.double({ min: 0.05, max: 0.45, noNaN: true }), (s, k) => {
        const r = k * s;
        const square = createSquare(0, 0, s);
        expect(pct4g(square, [createStation('a', 'VNPT', 0, 0, { '4G': r })])).toBeCloseTo((100 * Math.PI * r * r) / (s * s), 0);
        expect(pct4g(square, [createStation('a', 'VNPT', 0, 0, { '4G': s })])).toBe(100);
        expect(pct4g(square, [createStation('a', 'VNPT', s + r, 0, { '4G': r })])).toBe(0);
      }),
    );
  });

  it('a village with a hole counts only its land; a village of several parts counts each part', () => {
    const holed: Area = { type: 'Polygon', coordinates: [createSquareRing(0, 0, 1000), createSquareRing(0, 0, 500)] };
    // A disc inside the hole covers nothing of the village.
    expect(pct4g(holed, [createStation('a', 'VNPT', 0, 0, { '4G': 200 })])).toBe(0);
    // A disc of radius 500 covers the hole and a ring of land: (pi 500² - 500²) / (1000² - 500²).
    const exact = (100 * (Math.PI * 500 ** 2 - 500 ** 2)) / (1000 ** 2 - 500 ** 2);
    expect(pct4g(holed, [createStation('a', 'VNPT', 0, 0, { '4G': 500 })])).toBeCloseTo(exact, 0);
    const twoParts: Area = {
      type: 'MultiPolygon',
      coordinates: [[createSquareRing(-1000, 0, 400)], [createSquareRing(1000, 0, 200)]],
    };
    // The big part is 4/5 of the land.
    expect(pct4g(twoParts, [createStation('a', 'VNPT', -1000, 0, { '4G': 300 })])).toBeCloseTo(80, 6);
    expect(pct4g(twoParts, [createStation('a', 'VNPT', 1000, 0, { '4G': 300 })])).toBeCloseTo(20, 6);
  });

  it('a village smaller than a sampling row elsewhere still gets exact shares', () => {
    const tiny = createSquare(0, 0, 4);
    const sector = createStation('a', 'Viettel', 0, 0, { '4G': 1000 }, { azimuths: [90], beamwidthDeg: 180 });
    expect(pct4g(tiny, [sector])).toBeCloseTo(50, 6);
    expect(pct4g(tiny, [createStation('a', 'Viettel', 500, 0, { '4G': 1000 })])).toBe(100);
    expect(measureVillage(tiny, []).areaKm2).toBeCloseTo(16e-6, 9);
  });

  it('unions overlapping discs instead of adding them', () => {
    const square = createSquare(0, 0, 1000);
    const one = [createStation('a', 'Viettel', 0, 0, { '4G': 300 })];
    const twice = [...one, createStation('b', 'VNPT', 0, 0, { '4G': 300 })];
    expect(pct4g(square, twice)).toBeCloseTo(pct4g(square, one), 9);
  });

  it('a 270° sector covers three quarters of a square centred on it', () => {
    const station = createStation('a', 'Viettel', 0, 0, { '4G': 5000 }, { azimuths: [0], beamwidthDeg: 270 });
    expect(pct4g(createSquare(0, 0, 1000), [station])).toBeCloseTo(75, 6);
  });
});
