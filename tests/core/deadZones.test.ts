import { area as turfArea, booleanValid } from '@turf/turf';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDeadZones } from '../../src/core/deadZones/findDeadZones.ts';
import { labelComponents } from '../../src/core/deadZones/labelComponents.ts';
import { ringArea2, ringContains, traceCells } from '../../src/core/deadZones/traceCells.ts';
import type { CoverageArea, Dataset } from '../../src/core/model.ts';
import { createDataset, createSquareRing, createVillage } from '../helpers/createData.ts';

/**
 * A 3 km square village A (900 people) with square holes, each filled by its own village (`holes`, side in
 * metres, centre in metres from the origin). Viettel's 4G covers exactly A; VNPT's 4G covers exactly the holes.
 */
function createHoledProvince(holes: { id: string; x: number; y: number; side: number; people: number }[]): Dataset {
  const outer = createSquareRing(0, 0, 3000);
  const holeRings = holes.map((h) => createSquareRing(h.x, h.y, h.side));
  const a = { type: 'Polygon' as const, coordinates: [outer, ...holeRings.map((r) => [...r].reverse())] };
  const coverage: CoverageArea[] = [
    { operator: 'Viettel', tech: '4G', geometry: a },
    ...holeRings.map((ring): CoverageArea => ({ operator: 'VNPT', tech: '4G', geometry: { type: 'Polygon', coordinates: [ring] } })),
  ];
  return createDataset({
    villages: [
      createVillage('A', 'X', a, 900),
      ...holes.map((h, i) => createVillage(h.id, `C${i}`, { type: 'Polygon', coordinates: [holeRings[i]!] }, h.people)),
    ],
    coverage,
  });
}

const oneHole = (x = -500, y = 500) => createHoledProvince([{ id: 'B', x, y, side: 1000, people: 250 }]);

describe('findDeadZones', () => {
  it('finds a known uncovered square with its exact area and people, when one operator fails there', () => {
    // Cells of 100 m line up with the hole's sides (the grid spans village A's 3 km box).
    const { zones, cellM } = findDeadZones(oneHole(), { operator: 'Viettel', cellM: 100 });
    expect(cellM).toBeCloseTo(100, 0);
    expect(zones).toHaveLength(1);
    const [zone] = zones;
    expect(zone!.areaKm2).toBeCloseTo(1, 2);
    expect(zone!.people).toBeCloseTo(250, 9);
    expect(zone!.villageIds).toEqual(['B']);
    expect(zone!.communeCodes).toEqual(['C0']);
    expect(turfArea(zone!.geometry) / 1e6).toBeCloseTo(zone!.areaKm2, 2);
    expect(zone!.geometry.coordinates).toHaveLength(1);
    expect(zone!.geometry.coordinates[0]!).toHaveLength(1);
    expect(zone!.geometry.coordinates[0]![0]!).toHaveLength(5);
  });

  it('keeps the area within a cell-wide strip of the outline and all the people, for any cell size', () => {
    fc.assert(
      fc.property(fc.integer({ min: 60, max: 300 }), (cellM) => {
        // Sides off round metres, so no cell centre falls exactly on one (where either side may claim it).
        const [zone] = findDeadZones(oneHole(-487.3, 511.9), { operator: 'Viettel', cellM }).zones;
        const stripKm2 = (4 * 1000 * cellM) / 1e6;
        expect(Math.abs(zone!.areaKm2 - 1)).toBeLessThanOrEqual(stripKm2);
        expect(zone!.people).toBeCloseTo(250, 9);
        expect(turfArea(zone!.geometry) / 1e6).toBeCloseTo(zone!.areaKm2, 2);
      }),
      { numRuns: 15 },
    );
  });

  it('finds no dead zone where every populated place has some operator', () => {
    expect(findDeadZones(oneHole()).zones).toEqual([]);
  });

  it('finds the zone only the other operator covers, with the hole left out of its outline', () => {
    const { zones } = findDeadZones(oneHole(), { operator: 'VNPT', cellM: 100 });
    expect(zones).toHaveLength(1);
    const [zone] = zones;
    expect(zone!.villageIds).toEqual(['A']);
    expect(zone!.people).toBeCloseTo(900, 9);
    expect(zone!.areaKm2).toBeCloseTo(8, 2);
    expect(zone!.geometry.coordinates).toHaveLength(1);
    expect(zone!.geometry.coordinates[0]!).toHaveLength(2);
    expect(booleanValid(zone!.geometry)).toBe(true);
    expect(turfArea(zone!.geometry) / 1e6).toBeCloseTo(8, 2);
  });

  it('gives two zones for two separate holes, most people first, ties by area', () => {
    const data = createHoledProvince([
      { id: 'small', x: -900, y: 900, side: 600, people: 400 },
      { id: 'big', x: 700, y: -700, side: 1200, people: 100 },
      { id: 'tie', x: 900, y: 900, side: 400, people: 100 },
    ]);
    const { zones } = findDeadZones(data, { operator: 'Viettel', cellM: 100 });
    expect(zones.map((z) => z.villageIds[0])).toEqual(['small', 'big', 'tie']);
    expect(zones.map((z) => z.id)).toEqual(['dz1', 'dz2', 'dz3']);
    expect(zones[0]!.areaKm2).toBeCloseTo(0.36, 2);
    expect(zones[1]!.people).toBeCloseTo(100, 9);
  });

  it('ignores villages without people', () => {
    const data = oneHole();
    data.villages[1]!.population = 0;
    expect(findDeadZones(data, { operator: 'Viettel' }).zones).toEqual([]);
  });
});

describe('traceCells', () => {
  it('outlines every 4-connected component exactly: cell centres inside, others outside, areas match', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        fc.array(fc.boolean(), { minLength: 81, maxLength: 81 }),
        (width, height, bits) => {
          const mask = Uint8Array.from(bits.slice(0, width * height), (b) => (b ? 1 : 0));
          const { labels, count } = labelComponents(mask, width, height);
          for (let label = 0; label < count; label++) {
            const cells = [...labels.keys()].filter((c) => labels[c] === label);
            const rings = traceCells(labels, width, height, label, cells);
            expect(rings.reduce((s, r) => s + ringArea2(r), 0)).toBe(2 * cells.length);
            for (let cell = 0; cell < width * height; cell++) {
              const x = (cell % width) + 0.5;
              const y = Math.floor(cell / width) + 0.5;
              const crossings = rings.filter((r) => ringContains(r, x, y)).length;
              expect(crossings % 2).toBe(labels[cell] === label ? 1 : 0);
            }
          }
        },
      ),
    );
  });

  it('keeps two cells that touch at a corner in two components', () => {
    const { count } = labelComponents(Uint8Array.from([1, 0, 0, 1]), 2, 2);
    expect(count).toBe(2);
  });
});
