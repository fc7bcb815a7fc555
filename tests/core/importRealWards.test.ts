import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLayer } from '../../src/core/import/importLayer.ts';

const REAL = join(import.meta.dirname, '../../../shared/data/real');

describe.skipIf(!existsSync(REAL))('real 2025 wards import as communes (skipped: ../shared/data/real absent)', () => {
  it.each([
    ['bac_ninh_wards_2025.geojson', 99],
    ['thai_nguyen_wards_2025.geojson', 92],
  ])('%s: all %i communes, typed from the fullName prefix, with no warning for their clockwise rings', async (file, count) => {
    const r = await importLayer(new Uint8Array(readFileSync(join(REAL, file))), file);
    if (!r.ok || r.layer.kind !== 'communes') throw new Error(r.ok ? r.kind : r.error);
    expect(r.report).toMatchObject({ rows: count, imported: count, rejected: 0, warnings: 0, issues: [] });
    const wards = r.layer.communes.filter((c) => c.type === 'phuong').map((c) => c.code);
    const fullNames = JSON.parse(readFileSync(join(REAL, file), 'utf8')).features as { properties: { code: string; fullName: string } }[];
    expect(wards.sort()).toEqual(fullNames.filter((f) => f.properties.fullName.startsWith('Phường ')).map((f) => f.properties.code).sort());
    expect(r.layer.communes.every((c) => /^\d{5}$/.test(c.code) && c.name !== '' && c.name === c.name.normalize('NFC'))).toBe(true);
    // Named in full, as the file's fullName ("Phường Bắc Giang"), not by its bare name ("Bắc Giang").
    const fullName = new Map(fullNames.map((f) => [f.properties.code, f.properties.fullName.normalize('NFC')]));
    expect(r.layer.communes.filter((c) => c.name !== fullName.get(c.code))).toEqual([]);
  });
});

describe('clockwise rings are turned without a warning; real faults still warn', () => {
  /** A FeatureCollection of communes whose outer rings run clockwise, as in the real 2025 ward files. */
  const createClockwiseCommunes = () => {
    const feature = (code: string, ring: number[][]) => ({ type: 'Feature', properties: { code, name: `Xã ${code}` }, geometry: { type: 'Polygon', coordinates: [ring] } });
    return JSON.stringify({
      type: 'FeatureCollection',
      features: [
        feature('00001', [[106.0, 21.0], [106.0, 21.1], [106.1, 21.1], [106.1, 21.0], [106.0, 21.0]]),
        feature('00002', [[106.2, 21.0], [106.2, 21.1], [106.3, 21.1], [106.3, 21.0]]),
        feature('00003', [[106.4, 21.0], [106.4, 21.1], [106.5, 21.0], [106.5, 21.1], [106.4, 21.0]]),
      ],
    });
  };

  it('warns of the unclosed ring and the self-intersection only, and stores every ring counter-clockwise', async () => {
    const r = await importLayer(new TextEncoder().encode(createClockwiseCommunes()), 'cw.geojson', 'communes');
    if (!r.ok || r.layer.kind !== 'communes') throw new Error(r.ok ? r.kind : r.error);
    expect(r.report).toMatchObject({ rows: 3, imported: 3, warnings: 2 });
    expect(r.report.issues.map((i) => [i.row, i.code])).toEqual([
      [2, 'ring_closed'],
      [3, 'self_intersection_repaired'],
    ]);
    const rings = r.layer.communes.flatMap((c) => (c.geometry.type === 'Polygon' ? [c.geometry.coordinates[0]!] : c.geometry.coordinates.map((p) => p[0]!)));
    expect(rings.every((ring) => twiceSignedArea(ring) > 0)).toBe(true);
  });
});

function twiceSignedArea(ring: number[][]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum;
}
