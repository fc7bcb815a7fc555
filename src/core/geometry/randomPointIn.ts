import { bbox as turfBbox, booleanPointInPolygon } from '@turf/turf';
import type { Area } from '../model.ts';
import type { Random } from '../demo/random.ts';
import { interiorPoint } from './interiorPoint.ts';

/** A uniformly random `[lng, lat]` point inside an area (rejection from its bounding box). */
export function randomPointIn(area: Area, random: Random): [number, number] {
  const [west, south, east, north] = turfBbox(area);
  for (let tries = 0; tries < 1000; tries++) {
    const p: [number, number] = [random.range(west, east), random.range(south, north)];
    if (booleanPointInPolygon(p, area)) return p;
  }
  return interiorPoint(area);
}
