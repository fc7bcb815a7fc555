import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quadkeyToPolygon, quadkeyToTile } from '../../../src/core/measure/quadkey.ts';

/** The tile holding a point at zoom `z`, by the Bing Maps formulas (a separate route from the decoder under test). */
function tileOf(lon: number, lat: number, z: number): { x: number; y: number } {
  const n = 2 ** z;
  const s = Math.sin((lat * Math.PI) / 180);
  return { x: Math.floor(((lon + 180) / 360) * n), y: Math.floor((0.5 - Math.log((1 + s) / (1 - s)) / (4 * Math.PI)) * n) };
}

describe('quadkey to tile', () => {
  it('decodes the tiles of the Bing Maps documentation and the first levels', () => {
    expect(quadkeyToTile('213')).toEqual({ x: 3, y: 5, z: 3 });
    expect(quadkeyToTile('0')).toEqual({ x: 0, y: 0, z: 1 });
    expect(quadkeyToTile('3')).toEqual({ x: 1, y: 1, z: 1 });
    const nw = quadkeyToPolygon('0')!;
    expect([nw.west, nw.east, nw.south]).toEqual([-180, 0, 0]);
    expect(nw.north).toBeCloseTo(85.0511287798, 9);
  });

  it('rejects what is not a quadkey', () => {
    for (const key of ['', '4', '12a', '0'.repeat(24), ' 12']) expect(quadkeyToTile(key)).toBeNull();
  });

  it('places a zoom-16 Ookla tile of Bắc Ninh where its point is', () => {
    const t = quadkeyToPolygon('1322101121121303')!;
    expect(t.west).toBeLessThanOrEqual(106.07);
    expect(t.east).toBeGreaterThan(106.07);
    expect(t.south).toBeLessThanOrEqual(21.18);
    expect(t.north).toBeGreaterThan(21.18);
    // 360 / 2^16 degrees of longitude: about 570 m at this latitude.
    expect((t.east - t.west) * 111_195 * Math.cos((21.18 * Math.PI) / 180)).toBeCloseTo(569.55, 1);
  });

  it('every point of Vietnam lies in the tile its quadkey names (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 102.1, max: 117.8, noNaN: true }), fc.double({ min: 8.2, max: 23.3, noNaN: true }), fc.integer({ min: 1, max: 23 }), (lon, lat, z) => {
        const { x, y } = tileOf(lon, lat, z);
        let key = '';
        for (let i = z; i > 0; i--) key += String(((x >> (i - 1)) & 1) + 2 * ((y >> (i - 1)) & 1));
        expect(quadkeyToTile(key)).toEqual({ x, y, z });
        const t = quadkeyToPolygon(key)!;
        expect(lon >= t.west - 1e-9 && lon <= t.east + 1e-9 && lat >= t.south - 1e-9 && lat <= t.north + 1e-9).toBe(true);
      }),
    );
  });
});
