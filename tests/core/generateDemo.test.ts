import { area, bbox, booleanPointInPolygon, feature, featureCollection, intersect } from '@turf/turf';
import type { MultiPolygon, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/core/demo/generateDemo.ts';
import { distanceM } from '../../src/core/geometry/distance.ts';
import { interiorPoint } from '../../src/core/geometry/interiorPoint.ts';
import type { Area, Dataset, Village } from '../../src/core/model.ts';
import { KNOWN_OPERATORS } from '../../src/core/model.ts';
import { groupSites, isShared } from '../../src/core/sites/groupSites.ts';

const demo = generateDemo();
const villagesOf = (d: Dataset, code: string) => d.villages.filter((v) => v.communeCode === code);
const asArea = (v: Village) => v.geometry as Area;
const has4g = (d: Dataset, [lon, lat]: [number, number]) =>
  d.stations.some((s) => s.radiusM['4G'] !== undefined && distanceM(s.lon, s.lat, lon, lat) <= s.radiusM['4G']);

describe('generateDemo', () => {
  it('gives the same data set for the same seed and a different one for another seed', () => {
    expect(generateDemo({ seed: 2025 })).toEqual(demo);
    const other = generateDemo({ seed: 7 });
    expect(other.communes).not.toEqual(demo.communes);
    expect(other.stations).not.toEqual(demo.stations);
  });

  it('is a clearly named demo province', () => {
    expect(demo.province).toEqual({ code: 'demo', name: 'Tỉnh Minh Họa', nameEn: 'Demo province', isDemo: true });
    expect(demo.coverage).toEqual([]);
    expect(demo.populationPoints).toEqual([]);
  });

  it('has 60-100 communes with unique 5-digit codes, mostly xã, with phường in towns, named in NFC', () => {
    expect(demo.communes.length).toBeGreaterThanOrEqual(60);
    expect(demo.communes.length).toBeLessThanOrEqual(100);
    const codes = demo.communes.map((c) => c.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of demo.communes) {
      expect(c.code).toMatch(/^\d{5}$/);
      expect(c.name).toBe(c.name.normalize('NFC'));
      expect(c.name.startsWith(c.type === 'phuong' ? 'Phường ' : 'Xã ')).toBe(true);
    }
    const wards = demo.communes.filter((c) => c.type === 'phuong').length;
    expect(wards).toBeGreaterThan(5);
    expect(wards).toBeLessThan(demo.communes.length / 3);
  });

  it('lies on land in northern Vietnam (105.8-106.9 E, 20.9-21.8 N)', () => {
    const [west, south, east, north] = bbox(featureCollection(demo.communes.map((c) => feature(c.geometry))));
    expect([west > 105.8, south > 20.9, east < 106.9, north < 21.8]).toEqual([true, true, true, true]);
  });

  it('has 1,000-2,000 villages and 1.5-2 million people, most of the density in towns, households ≈ population / 3.5-4', () => {
    expect(demo.villages.length).toBeGreaterThanOrEqual(1000);
    expect(demo.villages.length).toBeLessThanOrEqual(2000);
    const population = demo.villages.reduce((sum, v) => sum + v.population, 0);
    expect(population).toBeGreaterThanOrEqual(1_500_000);
    expect(population).toBeLessThanOrEqual(2_000_000);
    const wards = new Set(demo.communes.filter((c) => c.type === 'phuong').map((c) => c.code));
    const inWards = demo.villages.filter((v) => wards.has(v.communeCode));
    const density = (vs: Village[]) => vs.reduce((s, v) => s + v.population, 0) / vs.reduce((s, v) => s + area(asArea(v)), 0);
    expect(density(inWards) / density(demo.villages)).toBeGreaterThan(4);
    for (const v of demo.villages.filter((x) => x.population > 100)) {
      expect(v.households).toBeGreaterThanOrEqual(Math.floor(v.population / 4.05));
      expect(v.households).toBeLessThanOrEqual(Math.ceil(v.population / 3.45));
    }
    expect(demo.villages.filter((v) => v.name.startsWith('Tổ dân phố ')).length).toBe(inWards.length);
  });

  it('splits every commune into villages of positive area inside its bounding box that tile it within 1 %', () => {
    const ids = new Set(demo.villages.map((v) => v.id));
    expect(ids.size).toBe(demo.villages.length);
    for (const commune of demo.communes) {
      const [west, south, east, north] = bbox(commune.geometry);
      const villages = villagesOf(demo, commune.code);
      expect(villages.length).toBeGreaterThan(0);
      let sum = 0;
      for (const v of villages) {
        const [w, s, e, n] = bbox(asArea(v));
        expect(w >= west - 1e-9 && s >= south - 1e-9 && e <= east + 1e-9 && n <= north + 1e-9).toBe(true);
        const a = area(asArea(v));
        expect(a).toBeGreaterThan(0);
        sum += a;
      }
      expect(Math.abs(sum / area(commune.geometry) - 1)).toBeLessThan(0.01);
    }
  });

  it('has no two villages of a commune overlapping by more than a sliver (sampled communes)', () => {
    for (const commune of demo.communes.filter((_, i) => i % 10 === 0)) {
      const villages = villagesOf(demo, commune.code);
      for (let i = 0; i < villages.length; i++) {
        for (let j = i + 1; j < villages.length; j++) {
          const overlap = intersect(featureCollection<Polygon | MultiPolygon>([feature(asArea(villages[i]!)), feature(asArea(villages[j]!))]));
          expect(overlap ? area(overlap.geometry) : 0).toBeLessThan(1); // m²
        }
      }
    }
  });

  it('has 3,000-5,000 stations of the four operators with 15-25 % of sites shared', () => {
    expect(demo.stations.length).toBeGreaterThanOrEqual(3000);
    expect(demo.stations.length).toBeLessThanOrEqual(5000);
    expect(new Set(demo.stations.map((s) => s.operator))).toEqual(new Set(KNOWN_OPERATORS));
    expect(new Set(demo.stations.map((s) => s.id)).size).toBe(demo.stations.length);
    const sites = groupSites(demo.stations);
    const shared = sites.filter(isShared).length / sites.length;
    expect(shared).toBeGreaterThanOrEqual(0.15);
    expect(shared).toBeLessThanOrEqual(0.25);
  });

  it('has 4G nearly everywhere but a gap: some villages with no 4G station within reach, most of them in the hills', () => {
    const uncovered = demo.villages.filter((v) => !has4g(demo, interiorPoint(asArea(v))));
    expect(uncovered.length).toBeGreaterThan(0);
    expect(uncovered.length).toBeLessThan(0.05 * demo.villages.length);
    expect(uncovered.filter((v) => v.name.startsWith('Bản ')).length).toBeGreaterThan(uncovered.length / 2);
    for (const s of demo.stations) expect(s.techs).toContain('4G');
  });

  it('has 5G in towns and industrial parks and a few 6G pilots, with radii in metres per technology', () => {
    const fiveG = demo.stations.filter((s) => s.techs.includes('5G'));
    const sixG = demo.stations.filter((s) => s.techs.includes('6G'));
    expect(fiveG.length).toBeGreaterThan(100);
    expect(fiveG.length).toBeLessThan(demo.stations.length / 2);
    expect(sixG.length).toBeGreaterThan(0);
    expect(sixG.length).toBeLessThanOrEqual(10);
    for (const s of demo.stations) {
      expect(s.radiusM['4G']).toBeGreaterThanOrEqual(600);
      expect(s.radiusM['4G']).toBeLessThanOrEqual(4000);
      if (s.techs.includes('5G')) expect(s.radiusM['5G']! >= 250 && s.radiusM['5G']! <= 500).toBe(true);
      if (s.techs.includes('6G')) expect(s.radiusM['6G']! >= 100 && s.radiusM['6G']! <= 200).toBe(true);
      if (s.azimuths.length > 0) expect(s.beamwidthDeg).toBe(65);
    }
    expect(demo.stations.some((s) => s.azimuths.length === 3)).toBe(true);
  });

  it('brings fibre to most villages but not all, with an access point inside exactly the villages that have it', () => {
    const without = demo.villages.filter((v) => !v.fibre).length;
    expect(without).toBeGreaterThan(0);
    expect(without).toBeLessThan(0.2 * demo.villages.length);
    const sample = demo.villages.filter((_, i) => i % 7 === 0);
    for (const v of sample) {
      const inside = demo.fibre.accessPoints.some((a) => booleanPointInPolygon([a.lon, a.lat], asArea(v), { ignoreBoundary: true }));
      expect(inside).toBe(v.fibre);
    }
    const ends = new Set(demo.fibre.routes.flatMap((r) => (r.geometry.coordinates as number[][]).map((p) => p.join(','))));
    for (const a of demo.fibre.accessPoints) expect(ends.has(`${a.lon},${a.lat}`)).toBe(true);
  });
});
