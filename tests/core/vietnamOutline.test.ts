import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { distanceM } from '../../src/core/geometry/distance.ts';
import { interiorPoint } from '../../src/core/geometry/interiorPoint.ts';
import { pointInArea } from '../../src/core/geometry/projectArea.ts';
import { ReportBuilder } from '../../src/core/import/importReport.ts';
import { readLocation } from '../../src/core/import/readLocation.ts';
import { isInVietnam } from '../../src/core/import/vietnamBounds.ts';
import { VIETNAM_OUTLINE } from '../../src/core/import/vietnamOutline.ts';

const REAL = join(import.meta.dirname, '../../../shared/data/real');

type Place = [name: string, lon: number, lat: number];

/** Places in Vietnam from border to border, coast and islands included. */
const createVietnamesePlaces = (): Place[] => [
  ['Lũng Cú flag tower', 105.316, 23.364],
  ['northernmost point, Lũng Cú', 105.33, 23.393],
  ['Móng Cái', 107.967, 21.525],
  ['A Pa Chải (westernmost point)', 102.1439, 22.4007],
  ['Mường Tè', 102.83, 22.37],
  ['Điện Biên Phủ', 103.016, 21.386],
  ['Lạng Sơn', 106.761, 21.853],
  ['Hà Giang', 104.984, 22.823],
  ['Lào Cai', 103.97, 22.49],
  ['Sa Pa', 103.844, 22.336],
  ['Hà Nội', 105.854, 21.028],
  ['Huế', 107.585, 16.464],
  ['Đà Nẵng', 108.221, 16.054],
  ['Khe Sanh', 106.73, 16.63],
  ['Lao Bảo', 106.59, 16.62],
  ['Kon Tum', 108.0, 14.35],
  ['Pleiku', 108.0, 13.98],
  ['Buôn Ma Thuột', 108.05, 12.67],
  ['Đà Lạt', 108.44, 11.94],
  ['TP Hồ Chí Minh', 106.7, 10.78],
  ['Tây Ninh', 106.1, 11.31],
  ['Châu Đốc', 105.12, 10.7],
  ['Hà Tiên', 104.48, 10.38],
  ['Phú Quốc (Dương Đông)', 103.96, 10.22],
  ['Côn Đảo', 106.61, 8.68],
  ['Cà Mau', 105.15, 9.18],
  ['Đất Mũi (Mũi Cà Mau)', 104.72, 8.58],
  ['Thổ Chu', 103.47, 9.3],
  ['Bạch Long Vĩ', 107.72, 20.13],
  ['Cô Tô', 107.77, 20.98],
  ['Cồn Cỏ', 107.34, 17.16],
  ['Lý Sơn', 109.12, 15.38],
  ['Phú Quý', 108.93, 10.52],
  ['Mũi Đôi (easternmost mainland point)', 109.462, 12.648],
  ['Trường Sa town (Trường Sa Lớn)', 111.92, 8.64],
  ['Song Tử Tây, Trường Sa', 114.33, 11.43],
  ['An Bang, Trường Sa', 112.92, 7.87],
  ['Phú Lâm, Hoàng Sa', 112.33, 16.83],
  ['Tri Tôn, Hoàng Sa', 111.2, 15.78],
];

/** Foreign places, many of them inside the bounding boxes this outline replaced. */
const createForeignPlaces = (): Place[] => [
  ['Vientiane', 102.6, 17.97],
  ['Luang Prabang', 102.14, 19.89],
  ['Phongsali', 102.1, 21.68],
  ['Sam Neua', 104.05, 20.42],
  ['Savannakhet', 104.75, 16.55],
  ['Pakse', 105.8, 15.12],
  ['Attapeu', 106.83, 14.81],
  ['Phnom Penh', 104.92, 11.56],
  ['Svay Rieng (Parrot’s Beak)', 105.8, 11.09],
  ['Siem Reap', 103.86, 13.36],
  ['Kampot', 104.18, 10.61],
  ['Bangkok', 100.5, 13.75],
  ['Nanning', 108.37, 22.82],
  ['Longzhou', 106.85, 22.35],
  ['Fangchenggang', 108.35, 21.69],
  ['Kunming', 102.71, 25.04],
  ['Haikou', 110.33, 20.03],
  ['Sanya', 109.51, 18.25],
  ['Manila', 120.98, 14.6],
  ['Balabac, Palawan', 117.0, 7.98],
  ['Kudat, Borneo', 116.85, 6.88],
  ['Kuala Lumpur', 101.69, 3.14],
];

/**
 * Land border landmarks as placed when the outline was drawn, with how far inside it each must lie (km): the
 * margin that lets a coordinate a little off, or a landmark placed a little wrong, still count as in Vietnam.
 */
const createBorderLandmarks = (): [name: string, marginKm: number, lon: number, lat: number][] => [
  ['A Pa Chải tri-point', 10, 102.1439, 22.4007],
  ['northernmost point, Lũng Cú', 8, 105.33, 23.393],
  ['Tây Trang', 10, 102.95, 21.22],
  ['Nậm Cắn', 10, 104.13, 19.39],
  ['Cầu Treo', 10, 105.13, 18.38],
  ['Cha Lo', 10, 105.73, 17.68],
  ['Lao Bảo', 10, 106.59, 16.62],
  ['Laos-Cambodia tri-point by Bờ Y', 10, 107.55, 14.69],
  ['Mộc Bài', 10, 106.165, 11.07],
  ['Châu Đốc', 10, 105.12, 10.7],
  ['Xà Xía, Hà Tiên', 5, 104.45, 10.43],
  ['Hữu Nghị', 10, 106.708, 21.975],
  ['Tà Lùng', 10, 106.58, 22.49],
  ['Bản Giốc', 10, 106.72, 22.855],
  ['Móng Cái', 5, 107.967, 21.525],
];

/** Regions kept 25 km or more from Vietnam's border, all inside the old mainland box [102.1, 8.3, 109.6, 23.45]. */
const createForeignRegions = (): Polygon[] =>
  [
    // Laos, Thailand and Cambodia west of the Laos and Cambodia borders, and the Gulf of Thailand west of Phú Quốc.
    [[102.1, 8.3], [102.9, 8.3], [102.9, 10.8], [104.4, 10.8], [104.7, 11.3], [105.4, 11.6], [106.0, 12.3],
      [106.9, 13.2], [107.0, 13.8], [106.7, 14.5], [106.4, 15.2], [106.0, 16.0], [105.6, 16.6], [105.0, 17.3],
      [104.5, 18.0], [103.6, 18.8], [103.3, 19.6], [102.9, 20.3], [102.4, 20.8], [102.1, 20.8]],
    // Yunnan south of Kunming.
    [[102.1, 22.9], [102.6, 23.2], [103.3, 23.2], [104.0, 23.3], [104.6, 23.45], [102.1, 23.45]],
    // Guangxi.
    [[105.9, 23.45], [106.4, 23.3], [107.1, 23.1], [107.2, 22.7], [107.2, 22.3], [107.6, 22.1], [108.5, 21.9],
      [109.6, 21.6], [109.6, 23.45]],
    // Hainan and the sea west of it.
    [[108.8, 18.2], [109.6, 18.2], [109.6, 20.3], [108.8, 20.3]],
  ].map((ring) => ({ type: 'Polygon', coordinates: [[...ring, ring[0]!]] }));

/** Distance in km from `[lon, lat]` to the nearest edge of the outline (flat local frame: fine at these scales). */
function kmToOutlineEdge(lon: number, lat: number): number {
  const kx = 111.32 * Math.cos((lat * Math.PI) / 180);
  const ky = 110.574;
  let best = Infinity;
  for (const polygon of VIETNAM_OUTLINE.coordinates) {
    const ring = polygon[0]!;
    for (let i = 0; i + 1 < ring.length; i++) {
      const [ax, ay] = [(ring[i]![0]! - lon) * kx, (ring[i]![1]! - lat) * ky];
      const [dx, dy] = [(ring[i + 1]![0]! - lon) * kx - ax, (ring[i + 1]![1]! - lat) * ky - ay];
      const t = Math.max(0, Math.min(1, -(ax * dx + ay * dy) / (dx * dx + dy * dy)));
      best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
    }
  }
  return best;
}

describe('Vietnam by its outline', () => {
  it.each(createVietnamesePlaces())('%s is in Vietnam', (_name, lon, lat) => {
    expect(isInVietnam(lon, lat)).toBe(true);
  });

  it.each(createForeignPlaces())('%s is outside Vietnam', (_name, lon, lat) => {
    expect(isInVietnam(lon, lat)).toBe(false);
  });

  it.each(createBorderLandmarks())('%s lies %i km or more inside the outline', (_name, marginKm, lon, lat) => {
    expect(isInVietnam(lon, lat)).toBe(true);
    expect(kmToOutlineEdge(lon, lat)).toBeGreaterThanOrEqual(marginKm);
  });

  it('admits Hekou and Dongxing, Chinese towns a river away from Lào Cai and Móng Cái (the stated tolerance)', () => {
    const twins: [Place, Place][] = [
      [['Hekou', 103.95, 22.52], ['Lào Cai', 103.97, 22.49]],
      [['Dongxing', 107.972, 21.5475], ['Móng Cái', 107.967, 21.525]],
    ];
    for (const [[, lon, lat], [, vnLon, vnLat]] of twins) {
      expect(distanceM(lon, lat, vnLon, vnLat)).toBeLessThan(4000);
      expect(isInVietnam(lon, lat)).toBe(true);
    }
  });

  it('rejects every point of the old boxes that lies in a region far from Vietnam', () => {
    const regions = createForeignRegions();
    const point = fc.tuple(fc.double({ min: 102.1, max: 109.6, noNaN: true }), fc.double({ min: 8.3, max: 23.45, noNaN: true }));
    fc.assert(
      fc.property(point, ([lon, lat]) => {
        fc.pre(regions.some((r) => pointInArea(r, lon, lat)));
        expect(isInVietnam(lon, lat)).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps each ring of the outline counter-clockwise and closed', () => {
    for (const [ring] of VIETNAM_OUTLINE.coordinates) {
      let twice = 0;
      for (let i = 0; i + 1 < ring!.length; i++) twice += ring![i]![0]! * ring![i + 1]![1]! - ring![i + 1]![0]! * ring![i]![1]!;
      expect(twice).toBeGreaterThan(0);
      expect(ring![0]).toEqual(ring![ring!.length - 1]);
    }
  });
});

describe('swapped coordinates', () => {
  it('swaps back a latitude and longitude given the wrong way round when the swap lands in Vietnam (Hà Nội)', () => {
    const report = new ReportBuilder('a.csv', []);
    expect(readLocation('105.854', '21.028', 'lat', 'lon', 2, report)).toEqual({ lon: 105.854, lat: 21.028 });
    report.accept();
    expect(report.finish().report.issues).toEqual([expect.objectContaining({ row: 2, code: 'lat_lon_swapped' })]);
  });

  it('rejects a swapped pair whose swap lands in Laos (Vientiane), which the old mainland box took for Vietnam', () => {
    const report = new ReportBuilder('a.csv', []);
    expect(readLocation('102.6', '17.97', 'lat', 'lon', 2, report)).toMatchObject({ reason: 'outside_vietnam' });
  });
});

describe.skipIf(!existsSync(REAL))('real 2025 provinces lie in Vietnam (skipped: ../shared/data/real absent)', () => {
  const read = (file: string) => JSON.parse(readFileSync(join(REAL, file), 'utf8')).features as Feature<MultiPolygon | Polygon>[];

  it.each(['bac_ninh_province_2025.geojson', 'thai_nguyen_province_2025.geojson'])('%s: every vertex of the outline', (file) => {
    const vertices = read(file).flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flat(2));
    expect(vertices.length).toBeGreaterThan(1000);
    expect(vertices.filter(([lon, lat]) => !isInVietnam(lon!, lat!))).toEqual([]);
  });

  it.each([
    ['bac_ninh_wards_2025.geojson', 99],
    ['thai_nguyen_wards_2025.geojson', 92],
  ])('%s: a point inside each of the %i communes', (file, count) => {
    const wards = read(file);
    expect(wards).toHaveLength(count);
    expect(wards.filter((w) => !isInVietnam(...interiorPoint(w.geometry))).map((w) => w.properties?.name)).toEqual([]);
  });
});
