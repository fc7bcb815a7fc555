import { describe, expect, it } from 'vitest';
import { communeFullName } from '../../src/core/import/communeFullName.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';

describe('communes are named with the word for their kind', () => {
  it('takes the full name where the file gives one', () => {
    expect(communeFullName('Bắc Giang', 'Phường Bắc Giang', 'phuong')).toBe('Phường Bắc Giang');
  });

  it('puts the kind before a bare name when the type is known', () => {
    expect(communeFullName('Sơn Động', '', 'xa')).toBe('Xã Sơn Động');
    expect(communeFullName('Bắc Giang', '', 'phuong')).toBe('Phường Bắc Giang');
    expect(communeFullName('Vân Đồn', '', 'dac_khu')).toBe('Đặc khu Vân Đồn');
  });

  it('keeps a name that already says its kind, and a bare name when nothing says the kind', () => {
    expect(communeFullName('Xã Đại Hải', '', 'xa')).toBe('Xã Đại Hải');
    expect(communeFullName('phường Ninh Xá', '', 'phuong')).toBe('phường Ninh Xá');
    expect(communeFullName('Thị trấn Chũ', '', 'xa')).toBe('Thị trấn Chũ');
    expect(communeFullName('Phương Sơn', '', null)).toBe('Phương Sơn');
  });

  it('names imported communes in full from a type column or a fullName column', async () => {
    const square = (w: number) => ({ type: 'Polygon', coordinates: [[[w, 21], [w + 0.01, 21], [w + 0.01, 21.01], [w, 21.01], [w, 21]]] });
    const file = JSON.stringify({
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { code: '07210', name: 'Bắc Giang', fullName: 'Phường Bắc Giang' }, geometry: square(106) },
        { type: 'Feature', properties: { code: '07228', name: 'Sơn Động', type: 'xa' }, geometry: square(106.02) },
        { type: 'Feature', properties: { code: '07231', name: 'Phương Sơn' }, geometry: square(106.04) },
      ],
    });
    const r = await importLayer(new TextEncoder().encode(file), 'xa.geojson', 'communes');
    if (!r.ok || r.layer.kind !== 'communes') throw new Error(r.ok ? r.kind : r.error);
    expect(r.layer.communes.map((c) => [c.name, c.type])).toEqual([['Phường Bắc Giang', 'phuong'], ['Xã Sơn Động', 'xa'], ['Phương Sơn', 'xa']]);
  });
});
