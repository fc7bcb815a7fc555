import fc from 'fast-check';
import type { Polygon, Position } from 'geojson';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findOutlierVertex } from '../../src/core/geometry/findOutlierVertex.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import type { Area } from '../../src/core/model.ts';

const REAL = join(import.meta.dirname, '../../../shared/data/real');

/** A star-shaped ring of radii (metres) around (106, 21). */
const star = (radiiM: number[]): Position[] => {
  const ring = radiiM.map((r, i): Position => {
    const t = (2 * Math.PI * i) / radiiM.length;
    return [106 + (r * Math.cos(t)) / 103_900, 21 + (r * Math.sin(t)) / 110_574];
  });
  return [...ring, ring[0]!];
};
const polygon = (ring: Position[]): Polygon => ({ type: 'Polygon', coordinates: [ring] });

describe('findOutlierVertex: a vertex far from the rest of its ring', () => {
  it('finds the vertex of a 500 m village typed at 60°N, and one 40 km off', () => {
    const ring = star(Array(12).fill(500));
    ring[4] = [106.002, 60];
    expect(findOutlierVertex(polygon(ring))).toEqual([106.002, 60]);
    const near = star(Array(12).fill(500));
    near[7] = [106.4, 21];
    expect(findOutlierVertex(polygon(near))).toEqual([106.4, 21]);
  });

  it('looks at every ring: a hole or a second part with an outlier is found too', () => {
    const hole = star(Array(8).fill(100)).reverse();
    hole[2] = [106, 22];
    const area: Area = { type: 'MultiPolygon', coordinates: [[star(Array(12).fill(500))], [star(Array(12).fill(1000)), hole]] };
    expect(findOutlierVertex(area)).toEqual([106, 22]);
  });

  it('passes any star-shaped ring whose radii differ by less than ten times', () => {
    const radii = fc.array(fc.double({ min: 100, max: 999, noNaN: true }), { minLength: 3, maxLength: 200 });
    fc.assert(fc.property(radii, (r) => findOutlierVertex(polygon(star(r))) === null));
  });

  it('passes a 20 km by 100 m strip, and an islet of 20 m whatever its shape', () => {
    const strip = [...Array.from({ length: 50 }, (_, i): Position => [106 + i * 0.004, 21]), [106.196, 21.001], [106, 21.001], [106, 21]];
    expect(findOutlierVertex(polygon(strip))).toBeNull();
    expect(findOutlierVertex(polygon(star([20, 1, 1, 1, 1, 1, 1, 1])))).toBeNull();
  });

  it.skipIf(!existsSync(REAL))('passes every ring of the real wards and 2009 communes (skipped: ../shared/data/real absent)', () => {
    for (const file of ['bac_ninh_wards_2025.geojson', 'thai_nguyen_wards_2025.geojson', 'census2009_communes_bacninh_bacgiang_thainguyen_backan.geojson']) {
      const features = JSON.parse(readFileSync(join(REAL, file), 'utf8')).features as { geometry: Area }[];
      expect(features.filter((f) => findOutlierVertex(f.geometry) !== null)).toEqual([]);
    }
  });

  it('is warned, with the vertex as latitude, longitude, when villages and communes are imported', async () => {
    // 40 km east: at 60°N the spike would hold the point that the Vietnam check tests, and be rejected for that.
    const ring = star(Array(12).fill(500));
    ring[1] = [106.4, 21.002];
    const feature = (properties: object) => ({ type: 'Feature', properties, geometry: polygon(ring) });
    for (const [kind, properties] of [['villages', { village_id: 'T1', name: 'Thôn 1', commune_id: '00001' }], ['communes', { code: '00001', name: 'Xã Một' }]] as const) {
      const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features: [feature(properties)] }));
      const r = await importLayer(bytes, `${kind}.geojson`, kind);
      if (!r.ok) throw new Error(r.error);
      expect(r.report).toMatchObject({ rows: 1, imported: 1, warnings: 1 });
      expect(r.report.issues).toEqual([{ row: 1, field: 'geometry', code: 'outlier_vertex', detail: '21.002, 106.4' }]);
    }
  });
});
