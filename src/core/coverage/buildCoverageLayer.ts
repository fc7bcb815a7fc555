import { distanceM } from '../geometry/distance.ts';
import type { CoverageArea, Fibre, MeasuredTech, Station } from '../model.ts';
import { CoverageLayer } from './coverageLayer.ts';
import { PolygonEdgeIndex } from './polygonEdgeIndex.ts';
import type { ShapeProvider } from './shapeProvider.ts';
import { ShapeSetBuilder, type ShapeSet } from './shapeSet.ts';

/**
 * Everything that covers `tech`: the shapes `provider` gives the stations carrying it (only `operator`'s, if
 * given), except for operators that have coverage areas loaded for `tech`, whose areas replace their stations'
 * shapes. Does not mutate its input.
 */
export function buildTechLayer(
  stations: readonly Station[],
  coverage: readonly CoverageArea[],
  tech: MeasuredTech,
  provider: ShapeProvider,
  operator?: string,
): CoverageLayer {
  return new CoverageLayer(buildStationShapes(stations, coverage, tech, provider, operator), buildAreaIndex(coverage, tech, operator));
}

/**
 * The station half of `buildTechLayer`: the shapes of `stations` carrying `tech` (only `operator`'s, if given),
 * leaving out the operators whose coverage areas for `tech` replace their stations. Does not mutate its input.
 */
export function buildStationShapes(
  stations: readonly Station[],
  coverage: readonly CoverageArea[],
  tech: MeasuredTech,
  provider: ShapeProvider,
  operator?: string,
): ShapeSet {
  const replaced = new Set(coverage.filter((c) => c.tech === tech).map((c) => c.operator));
  const builder = new ShapeSetBuilder();
  for (const s of stations) {
    if (replaced.has(s.operator) || (operator !== undefined && s.operator !== operator)) continue;
    for (const spec of provider(s, tech)) builder.add(s.lon, s.lat, spec);
  }
  return builder.finish();
}

/** The area half of `buildTechLayer`: the coverage areas loaded for `tech` (only `operator`'s, if given), or null. */
export function buildAreaIndex(coverage: readonly CoverageArea[], tech: MeasuredTech, operator?: string): PolygonEdgeIndex | null {
  const areas = coverage.filter((c) => c.tech === tech && (operator === undefined || c.operator === operator));
  return areas.length > 0 ? new PolygonEdgeIndex(areas.map((a) => a.geometry)) : null;
}

/** A place counts as reached by fibre within this distance (metres) of an access point or a route. */
export const FIBRE_REACH_M = 300;

/**
 * Fibre coverage: discs of `reachM` metres around every access point and around points along every route,
 * spaced `reachM / 4` apart, so the union differs from the exact buffer of the route by under 0.8% of
 * `reachM` (2.3 m at 300 m). Null when the fibre layer is empty (the villages' own `fibre` flags apply then).
 */
export function buildFibreLayer(fibre: Fibre, reachM = FIBRE_REACH_M): CoverageLayer | null {
  if (fibre.accessPoints.length === 0 && fibre.routes.length === 0) return null;
  const builder = new ShapeSetBuilder();
  const disc = { kind: 'disc', radiusM: reachM } as const;
  for (const p of fibre.accessPoints) builder.add(p.lon, p.lat, disc);
  const step = reachM / 4;
  for (const route of fibre.routes) {
    const lines = route.geometry.type === 'LineString' ? [route.geometry.coordinates] : route.geometry.coordinates;
    for (const line of lines) {
      line.forEach((b, i) => {
        if (i === 0) {
          builder.add(b[0]!, b[1]!, disc);
          return;
        }
        const a = line[i - 1]!;
        const pieces = Math.max(1, Math.ceil(distanceM(a[0]!, a[1]!, b[0]!, b[1]!) / step));
        for (let k = 1; k <= pieces; k++) {
          const t = k / pieces;
          builder.add(a[0]! + t * (b[0]! - a[0]!), a[1]! + t * (b[1]! - a[1]!), disc);
        }
      });
    }
  }
  return new CoverageLayer(builder.finish(), null);
}
