import Flatbush from 'flatbush';
import { degreesSpan } from '../geometry/distance.ts';
import type { Station } from '../model.ts';

export type Box = [west: number, south: number, east: number, north: number];

/**
 * The box (degrees) around a station that its shapes' boxes stay within, given its farthest reach in metres: the
 * engine's own disc box (`ShapeSetBuilder`) for a hair more than the reach, so a station found here is never
 * missed where the engine's index would find it.
 */
export function reachBox(lon: number, lat: number, reachM: number): Box {
  const r = reachM * (1 + 1e-9) + 0.01;
  const { dLat, dLon } = degreesSpan(r, Math.abs(lat) + degreesSpan(r, 0).dLat);
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}

export function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** Cells of the grid that holds the stations edits add, degrees (about 5 km). */
const CELL_DEG = 0.05;

/**
 * Stations by the box they reach, for one technology: a static index of the stations as first measured, and those
 * edits add in grid cells beside it; a removed station is only marked. Finds every station whose reach meets a box.
 */
export class ReachIndex {
  private readonly index: Flatbush | null;
  private readonly base: Station[] = [];
  private readonly boxes: Box[] = [];
  private readonly alive: Uint8Array;
  private readonly slotOf = new Map<Station, number>();
  private readonly extra = new Map<Station, Box>();
  private readonly cells = new Map<string, Set<Station>>();

  /** `reach` gives each station's reach in metres for this technology; stations reaching nothing are left out. */
  constructor(stations: readonly Station[], reach: (s: Station) => number) {
    for (const s of stations) {
      const r = reach(s);
      if (!(r > 0)) continue;
      this.slotOf.set(s, this.base.length);
      this.base.push(s);
      this.boxes.push(reachBox(s.lon, s.lat, r));
    }
    this.alive = new Uint8Array(this.base.length).fill(1);
    this.index = this.base.length > 0 ? new Flatbush(this.base.length) : null;
    if (!this.index) return;
    for (const b of this.boxes) this.index.add(...b);
    this.index.finish();
  }

  add(station: Station, box: Box): void {
    const slot = this.slotOf.get(station);
    if (slot !== undefined) return void (this.alive[slot] = 1);
    this.extra.set(station, box);
    for (const key of cellKeys(box)) {
      let cell = this.cells.get(key);
      if (!cell) this.cells.set(key, (cell = new Set()));
      cell.add(station);
    }
  }

  remove(station: Station): void {
    const slot = this.slotOf.get(station);
    if (slot !== undefined) return void (this.alive[slot] = 0);
    const box = this.extra.get(station);
    if (!box) return;
    this.extra.delete(station);
    for (const key of cellKeys(box)) this.cells.get(key)?.delete(station);
  }

  /** The stations whose reach meets `box`, base ones first. */
  search(box: Box): Station[] {
    const out: Station[] = [];
    if (this.index) for (const i of this.index.search(...box)) if (this.alive[i] === 1) out.push(this.base[i]!);
    if (this.extra.size === 0) return out;
    const seen = new Set<Station>();
    for (const key of cellKeys(box))
      for (const s of this.cells.get(key) ?? [])
        if (!seen.has(s)) {
          seen.add(s);
          if (boxesMeet(this.extra.get(s)!, box)) out.push(s);
        }
    return out;
  }
}

/** Keys of the grid cells a box overlaps. */
function cellKeys([w, s, e, n]: Box): string[] {
  const keys: string[] = [];
  for (let x = Math.floor(w / CELL_DEG); x <= Math.floor(e / CELL_DEG); x++)
    for (let y = Math.floor(s / CELL_DEG); y <= Math.floor(n / CELL_DEG); y++) keys.push(`${x},${y}`);
  return keys;
}
