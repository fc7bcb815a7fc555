import type { CoverageLayer } from '../coverage/coverageLayer.ts';
import { overlapLength } from '../geometry/intervals.ts';
import { createLocalFrame, type LocalFrame } from '../geometry/localFrame.ts';
import { areaBBox, projectArea } from '../geometry/projectArea.ts';
import { edgeRowSpans, unionRowSpans, type RowSpans, type Rows } from '../geometry/rowSpans.ts';
import type { Area, PopulationPoint } from '../model.ts';

/** Scanlines per village: one per `ROW_SPACING_M` metres of its height, within these bounds. */
export const MIN_ROWS = 64;
export const MAX_ROWS = 256;
export const ROW_SPACING_M = 20;

export interface VillageMeasure {
  /** Area in km² (shoelace in the village's local frame). */
  areaKm2: number;
  /** Covered share per layer, percent; null where the layer is absent. */
  pct: (number | null)[];
  /** 'population' when population points inside the village weighted the shares. */
  weighting: 'population' | 'area';
}

/**
 * What measuring a village needs of the village alone, computed once: its box, frame and area, its scanlines and
 * its own spans on them (or the people of its population points). A what-if edit measures the same village again
 * and again against new coverage.
 */
export interface PreparedVillage {
  west: number;
  south: number;
  east: number;
  north: number;
  frame: LocalFrame;
  areaKm2: number;
  rows: Rows;
  village: RowSpans;
  /** Sum of the village's span lengths over the rows, metres. */
  total: number;
  points: readonly PopulationPoint[];
  people: number;
}

export function prepareVillage(geometry: Area, points: readonly PopulationPoint[] = []): PreparedVillage {
  const [west, south, east, north] = areaBBox(geometry);
  const frame = createLocalFrame((west + east) / 2, (south + north) / 2);
  const shape = projectArea(geometry, frame);
  const areaKm2 = shape.areaM2 / 1e6;
  const people = points.reduce((sum, p) => sum + p.population, 0);
  const height = shape.maxY - shape.minY;
  const n = Math.min(MAX_ROWS, Math.max(MIN_ROWS, Math.ceil(height / ROW_SPACING_M)));
  const rows: Rows = { y0: shape.minY, h: height / n, n };
  if (people > 0) return { west, south, east, north, frame, areaKm2, rows, village: { start: new Int32Array(n + 1), xs: new Float64Array(0) }, total: 0, points, people };
  const village = unionRowSpans(
    shape.polygons.map((edges) => edgeRowSpans(edges, edges.length / 4, rows)),
    n,
  );
  let total = 0;
  for (let k = 0; k < village.start[n]!; k++) total += village.xs[2 * k + 1]! - village.xs[2 * k]!;
  return { west, south, east, north, frame, areaKm2, rows, village, total, points, people };
}

/**
 * Covered share of a village for each layer, in percent. Area shares come from `MIN_ROWS`..`MAX_ROWS`
 * horizontal scanlines across the village's box: on each, the covered length inside the village is exact
 * (interval arithmetic on edge crossings and disc chords), and the rows are summed (midpoint rule). When
 * `points` (the population points inside the village) carry people, each point is tested exactly and the
 * shares are weighted by their population instead. Does not mutate its input.
 */
export function measureVillage(
  geometry: Area,
  layers: readonly (CoverageLayer | null)[],
  points: readonly PopulationPoint[] = [],
): VillageMeasure {
  return measurePrepared(prepareVillage(geometry, points), layers);
}

/** `measureVillage` on a prepared village. Does not mutate its input. */
export function measurePrepared(v: PreparedVillage, layers: readonly (CoverageLayer | null)[]): VillageMeasure {
  const { frame, rows, village, total, areaKm2 } = v;
  if (v.people > 0) {
    const pct = layers.map((layer) => {
      if (!layer) return null;
      let covered = 0;
      for (const p of v.points) if (layer.covers(p.lon, p.lat)) covered += p.population;
      return (100 * covered) / v.people;
    });
    return { areaKm2, pct, weighting: 'population' };
  }
  const n = rows.n;
  const pct = layers.map((layer) => {
    if (!layer) return null;
    if (total <= 0) return layer.covers(frame.lon0, frame.lat0) ? 100 : 0;
    const cover = layer.rowSpans(frame, rows, v.west, v.south, v.east, v.north);
    let covered = 0;
    for (let r = 0; r < n; r++) {
      const a = cover.start[r]!;
      const count = cover.start[r + 1]! - a;
      if (count > 0) covered += overlapLength(village.xs, village.start[r]!, village.start[r + 1]!, cover.xs.subarray(2 * a), count);
    }
    // Rounding in the interval sums must not leave a fully covered village a hair below 100%.
    return covered >= total * (1 - 1e-9) ? 100 : (100 * covered) / total;
  });
  return { areaKm2, pct, weighting: 'area' };
}
