import { area as turfArea, bbox as turfBbox } from '@turf/turf';
import type { Position } from 'geojson';
import polygonClipping from 'polygon-clipping';
import { clipToConvex, isConvexRing, signedArea2 } from '../geometry/clipToConvex.ts';
import { interiorPoint } from '../geometry/interiorPoint.ts';
import { randomPointIn } from '../geometry/randomPointIn.ts';
import { voronoiCells } from '../geometry/voronoiCells.ts';
import type { Area, Commune, Village } from '../model.ts';
import { apportion } from './apportion.ts';
import { villageNames, type VillageStyle } from './names.ts';
import { createRandom, deriveSeed, type Random } from './random.ts';
import { inZones, populationDensity, type Zone } from './zones.ts';

export interface SplitIntoVillagesOptions {
  seed: number;
  /** Total number of villages; shared among communes by estimated population and area, at least one each. */
  villages: number;
  /** Total population, distributed exactly over the villages. */
  population: number;
  /** Towns: density peaks at their centres. */
  towns?: readonly Zone[];
  /** Remote hills: thin population, upland village names ("Bản ..."), fibre often missing. */
  hills?: readonly Zone[];
}

/** Candidates tried per village seed (Mitchell's best candidate): more gives rounder, more even villages. */
const CANDIDATES = 8;

/**
 * Splits each commune into villages that tile it: Voronoi cells of seeded points inside the commune, cut to the
 * commune (Sutherland-Hodgman for convex communes, polygon-clipping for any other shape, holes and MultiPolygons
 * included). Population follows the model density at each village's centre times its area (km²), scaled so the
 * total is exactly `options.population`; households are population / 3.5-4. Village ids are
 * `<commune code>-<nnn>`; geometry is `[lng, lat]`, flagged `areaEstimated`. Deterministic for a seed;
 * does not mutate its input.
 */
export function splitIntoVillages(communes: readonly Commune[], options: SplitIntoVillagesOptions): Village[] {
  const towns = options.towns ?? [];
  const hills = options.hills ?? [];
  const density = (p: readonly [number, number]) => populationDensity(towns, hills, p[0], p[1]);

  const plans = communes.map((commune) => {
    const random = createRandom(deriveSeed(options.seed, commune.code));
    const areaKm2 = turfArea(commune.geometry) / 1e6;
    const samples = Array.from({ length: 12 }, () => randomPointIn(commune.geometry, random));
    const meanDensity = samples.reduce((sum, p) => sum + density(p), 0) / samples.length;
    return { commune, random, areaKm2, weight: (meanDensity * areaKm2) ** 0.75 * areaKm2 ** 0.25 };
  });
  const counts = apportion(
    plans.map((p) => p.weight),
    Math.max(options.villages, communes.length),
    1,
  );

  const drafts: { village: Village; raw: number; remote: number; random: Random }[] = [];
  plans.forEach(({ commune, random }, c) => {
    const seeds = bestCandidates(commune.geometry, counts[c]!, random).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
    const cells = seeds.length === 1 ? [null] : voronoiCells(seeds, cellBounds(commune.geometry));
    const centre = interiorPoint(commune.geometry);
    const style: VillageStyle =
      commune.type === 'phuong' ? 'to_dan_pho' : inZones(hills, centre[0], centre[1]) > 0.5 ? 'ban' : random.chance(0.35) ? 'xom' : 'thon';
    const names = villageNames(style, seeds.length, random);
    cells.forEach((cell, i) => {
      const geometry = cell ? clipToArea(cell, commune.geometry) : commune.geometry;
      const at = interiorPoint(geometry);
      const areaKm2 = turfArea(geometry) / 1e6;
      drafts.push({
        village: {
          id: `${commune.code}-${String(i + 1).padStart(3, '0')}`,
          name: names[i]!,
          communeCode: commune.code,
          population: 0,
          households: 0,
          fibre: true,
          geometry,
          areaEstimated: true,
        },
        raw: density(at) * areaKm2 * random.range(0.7, 1.3),
        remote: inZones(hills, at[0], at[1]),
        random,
      });
    });
  });

  const people = apportion(
    drafts.map((d) => d.raw),
    options.population,
    0,
  );
  return drafts.map(({ village, remote, random }, i) => {
    const population = people[i]!;
    return {
      ...village,
      population,
      households: population === 0 ? 0 : Math.max(1, Math.round(population / random.range(3.5, 4))),
      fibre: !random.chance(0.03 + 0.55 * remote + (population < 300 ? 0.15 : 0)),
    };
  });
}

/** `n` well-spread points inside an area: each the farthest of a few random candidates from those before it. */
function bestCandidates(area: Area, n: number, random: Random): [number, number][] {
  const points: [number, number][] = [];
  const k = Math.cos((turfBbox(area)[1] * Math.PI) / 180) ** 2;
  for (let i = 0; i < n; i++) {
    let best: [number, number] = randomPointIn(area, random);
    let bestD = -1;
    for (let c = 0; c < (i === 0 ? 1 : CANDIDATES); c++) {
      const p = c === 0 ? best : randomPointIn(area, random);
      let d = Infinity;
      for (const q of points) d = Math.min(d, (p[0] - q[0]) ** 2 * k + (p[1] - q[1]) ** 2);
      if (d > bestD) [best, bestD] = [p, d];
    }
    points.push(best);
  }
  return points;
}

/** The area's bounding box, padded so Voronoi cells reach past every edge before they are cut. */
function cellBounds(area: Area): [number, number, number, number] {
  const [west, south, east, north] = turfBbox(area);
  const pad = 1e-3 + 0.01 * Math.max(east - west, north - south);
  return [west - pad, south - pad, east + pad, north + pad];
}

/** The single ring of a one-ring area, counter-clockwise, when it is convex; otherwise null. */
function convexRing(area: Area): Position[] | null {
  const rings = area.type === 'Polygon' ? area.coordinates : area.coordinates.length === 1 ? area.coordinates[0]! : [];
  if (rings.length !== 1 || !isConvexRing(rings[0]!)) return null;
  return signedArea2(rings[0]!) > 0 ? rings[0]! : [...rings[0]!].reverse();
}

/** A convex cell cut to an area; a Polygon where the cut leaves one piece, a MultiPolygon where several. */
function clipToArea(cell: Position[], area: Area): Area {
  const ring = convexRing(area);
  if (ring) return { type: 'Polygon', coordinates: [clipToConvex(cell, ring)] };
  const pieces = polygonClipping.intersection(
    area.coordinates as polygonClipping.Geom,
    [cell] as polygonClipping.Polygon,
  );
  return pieces.length === 1 ? { type: 'Polygon', coordinates: pieces[0]! } : { type: 'MultiPolygon', coordinates: pieces };
}
