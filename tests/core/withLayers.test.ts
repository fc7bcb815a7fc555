import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/core/demo/generateDemo.ts';
import { interiorPoint } from '../../src/core/geometry/interiorPoint.ts';
import { withLayers } from '../../src/core/import/withLayers.ts';
import type { Village } from '../../src/core/model.ts';

describe('withLayers: imported layers over a data set', () => {
  const demo = generateDemo();
  /** Three demo villages of one commune, known only by a point inside each, as village lists often give them. */
  const commune = demo.villages[0]!.communeCode;
  const points: Village[] = demo.villages
    .filter((v) => v.communeCode === commune)
    .slice(0, 3)
    .map((v) => ({ ...v, geometry: { type: 'Point', coordinates: v.geometry.type === 'Point' ? v.geometry.coordinates : interiorPoint(v.geometry) } }));

  it('replaces the layer of each kind and keeps the others', () => {
    const stations = demo.stations.slice(0, 5);
    const out = withLayers(demo, [{ kind: 'stations', stations }]);
    expect(out.stations).toBe(stations);
    expect(out.communes).toBe(demo.communes);
    expect(out.villages).toEqual(demo.villages);
    expect(demo.stations.length).toBeGreaterThan(5);
  });

  it('gives villages known by a point an estimated boundary inside their commune', () => {
    const out = withLayers(demo, [{ kind: 'villages', villages: points }]);
    expect(out.villages).toHaveLength(3);
    for (const v of out.villages) {
      expect(v.geometry.type).not.toBe('Point');
      expect(v.areaEstimated).toBe(true);
    }
    expect(points.every((v) => v.geometry.type === 'Point')).toBe(true);
  });
});
