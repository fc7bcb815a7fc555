import Flatbush from 'flatbush';
import { degreesSpan } from '../geometry/distance.ts';
import type { IntervalBuffer } from '../geometry/intervals.ts';
import type { LocalFrame } from '../geometry/localFrame.ts';
import { PolarPolygons } from './polarPolygons.ts';
import { shapeReachM, type ShapeSpec } from './shapeProvider.ts';

const RAD = Math.PI / 180;

export const DISC = 0;
export const SECTOR = 1;
export const POLAR = 2;

/**
 * Discs, convex sectors (at most 180°) and star-shaped polygons in flat typed arrays, indexed by their bounding
 * boxes. A sector keeps the points clockwise of direction 1 and anticlockwise of direction 2 (unit vectors, x east,
 * y north).
 */
export interface ShapeSet {
  count: number;
  lon: Float64Array;
  lat: Float64Array;
  /** The farthest reach of each shape, metres. */
  radius: Float64Array;
  /** The largest of `radius`, 0 for an empty set. */
  maxRadius: number;
  /** `DISC`, `SECTOR` or `POLAR`. */
  kind: Uint8Array;
  /** `[d1x, d1y, d2x, d2y]` per sector; for a polar shape, its polygon's number in `polar` at `4i`. */
  dirs: Float64Array;
  polar: PolarPolygons;
  /** Over `[west, south, east, north]` of each shape; null when the set is empty. */
  index: Flatbush | null;
}

/** Collects shapes centred on `[lon, lat]` points, then freezes them into a `ShapeSet`. */
export class ShapeSetBuilder {
  private count = 0;
  /** Per shape `[lon, lat, radius, from, to, polygon]`, the bearings in degrees; polygon -1 for a disc or sector. */
  private items = new Float64Array(6 * 1024);
  private readonly polar = new PolarPolygons();

  private push(lon: number, lat: number, radius: number, from: number, to: number, polygon = -1): void {
    if (6 * this.count + 6 > this.items.length) {
      const grown = new Float64Array(2 * this.items.length);
      grown.set(this.items);
      this.items = grown;
    }
    const k = 6 * this.count++;
    this.items[k] = lon;
    this.items[k + 1] = lat;
    this.items[k + 2] = radius;
    this.items[k + 3] = from;
    this.items[k + 4] = to;
    this.items[k + 5] = polygon;
  }

  add(lon: number, lat: number, spec: ShapeSpec): void {
    if (spec.kind === 'polar') {
      const radius = shapeReachM(spec);
      if (radius > 0) this.push(lon, lat, radius, 0, 0, this.polar.add(spec.rangeM));
      return;
    }
    if (!(spec.radiusM > 0)) return;
    if (spec.kind === 'disc' || spec.beamwidthDeg >= 360) {
      this.push(lon, lat, spec.radiusM, 0, 360);
      return;
    }
    const from = spec.azimuthDeg - spec.beamwidthDeg / 2;
    // Wider than 180° is not convex: split it into two halves that are.
    if (spec.beamwidthDeg > 180) {
      const mid = spec.azimuthDeg;
      this.push(lon, lat, spec.radiusM, from, mid);
      this.push(lon, lat, spec.radiusM, mid, from + spec.beamwidthDeg);
    } else this.push(lon, lat, spec.radiusM, from, from + spec.beamwidthDeg);
  }

  finish(): ShapeSet {
    const n = this.count;
    const set: ShapeSet = {
      count: n,
      lon: new Float64Array(n),
      lat: new Float64Array(n),
      radius: new Float64Array(n),
      maxRadius: 0,
      kind: new Uint8Array(n),
      dirs: new Float64Array(4 * n),
      polar: this.polar,
      index: n > 0 ? new Flatbush(n) : null,
    };
    for (let i = 0; i < n; i++) {
      const it = this.items;
      const lon = it[6 * i]!;
      const lat = it[6 * i + 1]!;
      const radius = it[6 * i + 2]!;
      const from = it[6 * i + 3]!;
      const to = it[6 * i + 4]!;
      const p = it[6 * i + 5]!;
      set.lon[i] = lon;
      set.lat[i] = lat;
      set.radius[i] = radius;
      set.maxRadius = Math.max(set.maxRadius, radius);
      const { dLat, dLon } = degreesSpan(1, Math.abs(lat) + degreesSpan(radius, 0).dLat);
      if (p >= 0) {
        set.kind[i] = POLAR;
        set.dirs[4 * i] = p;
        const e = set.polar.extent;
        set.index!.add(lon + e[4 * p]! * dLon, lat + e[4 * p + 1]! * dLat, lon + e[4 * p + 2]! * dLon, lat + e[4 * p + 3]! * dLat);
        continue;
      }
      if (to - from < 360) {
        set.kind[i] = SECTOR;
        set.dirs[4 * i] = Math.sin(from * RAD);
        set.dirs[4 * i + 1] = Math.cos(from * RAD);
        set.dirs[4 * i + 2] = Math.sin(to * RAD);
        set.dirs[4 * i + 3] = Math.cos(to * RAD);
      }
      set.index!.add(lon - radius * dLon, lat - radius * dLat, lon + radius * dLon, lat + radius * dLat);
    }
    set.index?.finish();
    return set;
  }
}

/**
 * Pushes onto `out` the x-intervals (metres in `frame`) where shape `i` meets the line `y` (metres in `frame`),
 * if any: exact for the disc, then clipped by the sector's two half-planes; exact for a polygon, or only a chord
 * of it that spans `[xWest, xEast]` when one is known to (the caller needs no more). Mutates only `out`.
 */
export function pushShapeInterval(
  set: ShapeSet,
  i: number,
  frame: LocalFrame,
  y: number,
  out: IntervalBuffer,
  xWest = -Infinity,
  xEast = Infinity,
): void {
  const r = set.radius[i]!;
  const dy = y - (set.lat[i]! - frame.lat0) * frame.mPerDegLat;
  if (dy <= -r || dy >= r) return;
  const cx = (set.lon[i]! - frame.lon0) * frame.mPerDegLon;
  const kind = set.kind[i]!;
  if (kind === POLAR) {
    set.polar.pushRowIntervals(set.dirs[4 * i]!, cx, y - dy, y, out, xWest, xEast);
    return;
  }
  const w = Math.sqrt(r * r - dy * dy);
  if (kind === DISC) {
    out.push(cx - w, cx + w);
    return;
  }
  // Relative x = px: clockwise of d1 means d1y*px >= d1x*dy; anticlockwise of d2 means d2y*px <= d2x*dy.
  let lo = -w;
  let hi = w;
  const d1x = set.dirs[4 * i]!;
  const d1y = set.dirs[4 * i + 1]!;
  const d2x = set.dirs[4 * i + 2]!;
  const d2y = set.dirs[4 * i + 3]!;
  const b1 = d1x * dy;
  if (d1y > 0) lo = Math.max(lo, b1 / d1y);
  else if (d1y < 0) hi = Math.min(hi, b1 / d1y);
  else if (b1 > 0) return;
  const b2 = d2x * dy;
  if (d2y > 0) hi = Math.min(hi, b2 / d2y);
  else if (d2y < 0) lo = Math.max(lo, b2 / d2y);
  else if (b2 < 0) return;
  if (hi > lo) out.push(cx + lo, cx + hi);
}

/** Whether shape `i` contains `[lon, lat]` (degrees), in a frame centred on the shape. */
export function shapeContains(set: ShapeSet, i: number, frame: LocalFrame, lon: number, lat: number): boolean {
  const px = (lon - set.lon[i]!) * frame.mPerDegLon;
  const py = (lat - set.lat[i]!) * frame.mPerDegLat;
  const r = set.radius[i]!;
  if (px * px + py * py > r * r) return false;
  const kind = set.kind[i]!;
  if (kind === POLAR) return set.polar.contains(set.dirs[4 * i]!, px, py);
  if (kind === DISC) return true;
  return set.dirs[4 * i]! * py - set.dirs[4 * i + 1]! * px <= 0 && set.dirs[4 * i + 2]! * py - set.dirs[4 * i + 3]! * px >= 0;
}

/**
 * Whether shape `i` surely covers the box `[x0, x1] x [y0, y1]` (metres in `frame`): exactly for discs and sectors
 * (convex: all four corners inside), conservatively for polygons (see `PolarPolygons.coversBox`).
 */
export function shapeCoversBox(set: ShapeSet, i: number, frame: LocalFrame, x0: number, y0: number, x1: number, y1: number): boolean {
  const cx = (set.lon[i]! - frame.lon0) * frame.mPerDegLon;
  const cy = (set.lat[i]! - frame.lat0) * frame.mPerDegLat;
  const a0 = x0 - cx;
  const a1 = x1 - cx;
  const b0 = y0 - cy;
  const b1 = y1 - cy;
  const r = set.radius[i]!;
  if (Math.max(a0 * a0, a1 * a1) + Math.max(b0 * b0, b1 * b1) > r * r) return false;
  const kind = set.kind[i]!;
  if (kind === POLAR) return set.polar.coversBox(set.dirs[4 * i]!, a0, b0, a1, b1);
  if (kind === DISC) return true;
  const d1x = set.dirs[4 * i]!;
  const d1y = set.dirs[4 * i + 1]!;
  const d2x = set.dirs[4 * i + 2]!;
  const d2y = set.dirs[4 * i + 3]!;
  const inside = (px: number, py: number) => d1x * py - d1y * px <= 0 && d2x * py - d2y * px >= 0;
  return inside(a0, b0) && inside(a0, b1) && inside(a1, b0) && inside(a1, b1);
}
