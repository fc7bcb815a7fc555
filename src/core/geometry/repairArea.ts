import { Clipper, ClipType, FillRule, PolyTree64 } from 'clipper2-ts';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { Area } from '../model.ts';
import { polygonsToPaths64, polyTreeToPolygons } from './clipperPaths.ts';
import { countSelfIntersections } from './selfIntersects.ts';

/**
 * Vertices plus crossings a self-intersecting polygon may have and still be repaired. Real commune boundaries
 * have some thousands of vertices and a few crossings; a ring whose every edge crosses every other (2,000 random
 * vertices make half a million crossings) would take seconds and hundreds of MB, so it is rejected instead.
 */
export const DEFAULT_MAX_REPAIR_VERTICES = 100_000;

export interface RepairOptions {
  /** Vertices plus crossings one self-intersecting polygon may have and be split (the importers' `ImportLimits`). */
  maxRepairVertices?: number;
}

export type AreaFix = 'ring_closed' | 'self_intersection_repaired';
/** The repaired area, or why it cannot be one with a `detail` in no language (the geometry type, an area) or "". */
export type AreaRepair =
  | { geometry: Area; fixes: AreaFix[] }
  | { reason: 'empty_geometry' | 'wrong_geometry_type' | 'invalid_geometry' | 'repair_limit_exceeded'; detail: string };

/**
 * Checks a Polygon or MultiPolygon (`[lng, lat]`) and repairs what it can: closes unclosed rings, drops repeated
 * vertices, turns rings to RFC 7946 winding (outer counter-clockwise, holes clockwise), and splits a
 * self-intersecting polygon into simple parts (even-odd rule, so a ring crossing its hole or winding twice leaves
 * those parts out; Clipper2's sweep, coordinates kept to 1e-9°). A self-intersecting polygon whose vertices plus
 * crossings exceed `maxRepairVertices` is rejected as `repair_limit_exceeded` ("> limit" as detail), so a hostile
 * boundary costs a bounded sweep, not the minutes and gigabytes of its repair. Rings of fewer than 3 distinct
 * points are dropped (a polygon whose outer ring is one of them is rejected). Returns a new geometry with the fixes
 * made; does not mutate the input. Turning a ring is not listed as a fix: RFC 7946 tells parsers to accept either
 * winding, and clockwise outer rings (the shapefile convention, as in the real 2025 ward files) are no fault.
 */
export function repairArea(geometry: Geometry | null, options: RepairOptions = {}): AreaRepair {
  const budget = options.maxRepairVertices ?? DEFAULT_MAX_REPAIR_VERTICES;
  if (!geometry) return { reason: 'empty_geometry', detail: '' };
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') {
    return { reason: 'wrong_geometry_type', detail: geometry.type };
  }
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (polygons.length === 0 || polygons.every((p) => p.length === 0 || p[0]!.length === 0)) {
    return { reason: 'empty_geometry', detail: '' };
  }
  const fixes = new Set<AreaFix>();
  const parts: Position[][][] = [];
  for (const polygon of polygons) {
    const rings: Position[][] = [];
    for (const [r, raw] of polygon.entries()) {
      const ring = raw.filter((p, i) => i === 0 || p[0] !== raw[i - 1]![0] || p[1] !== raw[i - 1]![1]);
      if (ring.length > 0 && !samePoint(ring[0]!, ring[ring.length - 1]!)) {
        ring.push(ring[0]!);
        fixes.add('ring_closed');
      }
      if (ring.length < 4) {
        if (r === 0) break;
        continue;
      }
      const clockwise = signedArea(ring) < 0;
      if (clockwise !== (r > 0)) ring.reverse();
      rings.push(ring);
    }
    if (rings.length > 0) parts.push(rings);
  }
  if (parts.length === 0) return { reason: 'invalid_geometry', detail: '' };

  const repaired: Position[][][] = [];
  for (const rings of parts) {
    const vertices = rings.reduce((n, ring) => n + ring.length - 1, 0);
    const crossings = countSelfIntersections(rings, Math.max(1, budget - vertices + 1));
    if (crossings === 0) {
      repaired.push(rings);
      continue;
    }
    if (vertices + crossings > budget) return { reason: 'repair_limit_exceeded', detail: `> ${budget}` };
    // Clipper's integers (1e-9°) stay exact only within about ±9e6: past that no place on Earth is meant.
    if (!rings.every((ring) => ring.every((p) => Math.abs(p[0]!) <= 1e6 && Math.abs(p[1]!) <= 1e6))) return { reason: 'invalid_geometry', detail: '' };
    fixes.add('self_intersection_repaired');
    const tree = new PolyTree64();
    try {
      Clipper.booleanOpWithPolyTree(ClipType.Union, polygonsToPaths64([rings]), null, tree, FillRule.EvenOdd);
    } catch {
      return { reason: 'invalid_geometry', detail: '' };
    }
    repaired.push(...polyTreeToPolygons(tree));
  }
  if (repaired.length === 0) return { reason: 'invalid_geometry', detail: '0 m²' };
  const out: Polygon | MultiPolygon =
    repaired.length === 1 && geometry.type === 'Polygon'
      ? { type: 'Polygon', coordinates: repaired[0]! }
      : { type: 'MultiPolygon', coordinates: repaired };
  return { geometry: out, fixes: [...fixes] };
}

/** Shoelace area in squared degrees: positive for counter-clockwise rings. */
function signedArea(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i++) sum += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return sum / 2;
}

function samePoint(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}
