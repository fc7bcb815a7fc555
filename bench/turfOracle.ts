import * as turf from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { degreesSpan } from '../src/core/geometry/distance.ts';
import { radiusShapeProvider } from '../src/core/coverage/shapeProvider.ts';
import type { Area, MeasuredTech, Station } from '../src/core/model.ts';

/** Polygon steps for Turf's circles: the 256-gon's area is within 0.01% of the disc's. */
const STEPS = 256;

/**
 * The exact answer by polygon overlay: area of (village ∩ union of the discs and sectors of the stations' typed
 * radii whose boxes touch it) over the village's area, percent, with Turf. Slow (about 150 ms a village); only for checking the engine.
 */
export function turfCoveredPct(village: Area, stations: readonly Station[], tech: MeasuredTech): number {
  const villageFeature = turf.feature(village);
  const [w, s, e, n] = turf.bbox(villageFeature);
  const shapes: Feature<Polygon>[] = [];
  for (const st of stations) {
    for (const spec of radiusShapeProvider(st, tech)) {
      const km = spec.radiusM / 1000;
      const { dLat, dLon } = degreesSpan(spec.radiusM, Math.abs(st.lat) + 0.1);
      if (st.lon - dLon > e || st.lon + dLon < w || st.lat - dLat > n || st.lat + dLat < s) continue;
      shapes.push(
        spec.kind === 'disc' || spec.beamwidthDeg >= 360
          ? turf.circle([st.lon, st.lat], km, { steps: STEPS })
          : turf.sector([st.lon, st.lat], km, spec.azimuthDeg - spec.beamwidthDeg / 2, spec.azimuthDeg + spec.beamwidthDeg / 2, {
              steps: STEPS,
            }),
      );
    }
  }
  if (shapes.length === 0) return 0;
  const cover = shapes.length === 1 ? shapes[0]! : turf.union(turf.featureCollection(shapes));
  if (!cover) return 0;
  const inside = turf.intersect(turf.featureCollection([villageFeature, cover as Feature<Polygon | MultiPolygon>]));
  return inside ? (100 * turf.area(inside)) / turf.area(villageFeature) : 0;
}
