import type { Commune } from '../model.ts';
import { voronoiCells } from '../geometry/voronoiCells.ts';
import { communeNames } from './names.ts';
import { createRandom, type Random } from './random.ts';
import { inZones, type Zone } from './zones.ts';

/** The communes of the demo province and the zones that shape its people, stations and fibre. */
export interface DemoLayout {
  communes: Commune[];
  /** Two or three towns, the first the largest; their communes are wards (phường). */
  towns: Zone[];
  /** One remote hilly area, away from the towns. */
  hills: Zone[];
  /** Industrial parks near the towns. */
  industrialParks: Zone[];
}

/** Province centre and half-extents in degrees: the Bắc Giang/Bắc Ninh lowlands and midlands, on land. */
const CENTRE: [number, number] = [106.3, 21.36];
const HALF_LON = 0.34;
const HALF_LAT = 0.27;

/**
 * Lays out the demo province: `count` communes (including wards) that tile an irregular province of about
 * 3,500 km² inside 105.85-106.8 E, 20.95-21.75 N. Each commune is one convex Voronoi cell, so the province border
 * follows commune edges; wards cluster in the towns, hill communes are larger. Codes are unique 5-digit strings
 * numbered north to south. Deterministic for a seed.
 */
export function generateCommunes(seed: number, count: number): DemoLayout {
  const random = createRandom(seed);
  const phases = [random.range(0, 7), random.range(0, 7), random.range(0, 7)];
  const reach = (theta: number) =>
    1 + 0.12 * Math.sin(2 * theta + phases[0]!) + 0.08 * Math.sin(3 * theta + phases[1]!) + 0.04 * Math.sin(5 * theta + phases[2]!);
  const polar = (theta: number, r: number): [number, number] => [
    CENTRE[0] + HALF_LON * r * Math.cos(theta),
    CENTRE[1] + HALF_LAT * r * Math.sin(theta),
  ];
  const inside = ([lon, lat]: readonly [number, number]) => {
    const x = (lon - CENTRE[0]) / HALF_LON;
    const y = (lat - CENTRE[1]) / HALF_LAT;
    return Math.hypot(x, y) < reach(Math.atan2(y, x));
  };

  const hillAngle = random.range(Math.PI / 4, (3 * Math.PI) / 4);
  const hills: Zone[] = [{ ...toZone(polar(hillAngle, 0.7 * reach(hillAngle))), radiusKm: 14 }];
  const towns: Zone[] = [];
  const townCount = random.chance(0.5) ? 2 : 3;
  for (let t = 0; t < townCount; t++) {
    const angle = hillAngle + Math.PI + (t === 0 ? random.range(-0.4, 0.4) : (t === 1 ? 1 : -1) * random.range(1.1, 1.7));
    towns.push({ ...toZone(polar(angle, t === 0 ? random.range(0.1, 0.3) : random.range(0.5, 0.65))), radiusKm: t === 0 ? 4.5 : random.range(2.5, 3.2) });
  }
  const industrialParks = towns.flatMap((town, t) =>
    Array.from({ length: t === 0 ? 2 : 1 }, () => {
      const [lon, lat] = offsetKm(town, random.range(7, 10), random.range(0, 2 * Math.PI));
      return { lon, lat, radiusKm: 1.5 };
    }),
  );

  const wards: [number, number][] = towns.flatMap((town) => {
    const ring = Math.round(town.radiusKm * 1.4);
    const turn = random.range(0, 2 * Math.PI);
    return [
      toPoint(town),
      ...Array.from({ length: ring }, (_, i) => offsetKm(town, 0.9 * town.radiusKm, turn + (2 * Math.PI * i) / ring)),
    ];
  });
  const points = [...wards];
  const spacing = (p: [number, number]) => 1 - 0.45 * inZones(hills, p[0], p[1]);
  addBestCandidates(points, count - wards.length, () => polar(random.range(0, 2 * Math.PI), 1.3 * Math.sqrt(random.next())), inside, spacing, random);
  const communePoints = points.slice();
  const bbox: [number, number, number, number] = [CENTRE[0] - 1.45 * HALF_LON, CENTRE[1] - 1.45 * HALF_LAT, CENTRE[0] + 1.45 * HALF_LON, CENTRE[1] + 1.45 * HALF_LAT];
  addBestCandidates(points, 70, () => [random.range(bbox[0], bbox[2]), random.range(bbox[1], bbox[3])], (p) => !inside(p), () => 1, random);

  const cells = voronoiCells(points, bbox).slice(0, communePoints.length);
  const names = communeNames(communePoints.length, random);
  const order = communePoints.map((_, i) => i).sort((a, b) => communePoints[b]![1] - communePoints[a]![1] || communePoints[a]![0] - communePoints[b]![0]);
  const communes = order.map((i, rank): Commune => {
    const type = i < wards.length ? 'phuong' : 'xa';
    return {
      code: String(90001 + 3 * rank),
      name: `${type === 'phuong' ? 'Phường' : 'Xã'} ${names[rank]}`.normalize('NFC'),
      type,
      geometry: { type: 'Polygon', coordinates: [cells[i]!] },
    };
  });
  return { communes, towns, hills, industrialParks };
}

/** Adds `n` points that satisfy `accept`, each the best of 10 candidates by distance (scaled by `spacing`) to all before. */
function addBestCandidates(
  points: [number, number][],
  n: number,
  candidate: () => [number, number],
  accept: (p: [number, number]) => boolean,
  spacing: (p: [number, number]) => number,
  random: Random,
): void {
  const k = Math.cos((CENTRE[1] * Math.PI) / 180) ** 2;
  for (let i = 0; i < n; i++) {
    let best: [number, number] | null = null;
    let bestD = -1;
    for (let c = 0; c < 10; ) {
      const p = candidate();
      if (!accept(p)) continue;
      c++;
      let d = Infinity;
      for (const q of points) d = Math.min(d, (p[0] - q[0]) ** 2 * k + (p[1] - q[1]) ** 2);
      d = Math.sqrt(d) * spacing(p) * random.range(0.95, 1.05);
      if (d > bestD) [best, bestD] = [p, d];
    }
    points.push(best!);
  }
}

const toZone = ([lon, lat]: [number, number]) => ({ lon, lat });
const toPoint = (z: Zone): [number, number] => [z.lon, z.lat];
const offsetKm = (z: Zone, km: number, angle: number): [number, number] => [
  z.lon + (km / (111.32 * Math.cos((z.lat * Math.PI) / 180))) * Math.cos(angle),
  z.lat + (km / 110.57) * Math.sin(angle),
];
