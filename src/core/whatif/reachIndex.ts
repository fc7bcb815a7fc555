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

/**
 * Stations by the box they reach, for one technology: a static index of the stations as first measured, and the
 * few an edit adds in a list beside it; a removed station is only marked. Finds every station whose reach meets
 * a box.
 */
export class ReachIndex {
  private readonly index: Flatbush | null;
  private readonly base: Station[] = [];
  private readonly boxes: Box[] = [];
  private readonly alive: Uint8Array;
  private readonly slotOf = new Map<Station, number>();
  private readonly extra = new Map<Station, Box>();

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
    if (slot !== undefined) this.alive[slot] = 1;
    else this.extra.set(station, box);
  }

  remove(station: Station): void {
    const slot = this.slotOf.get(station);
    if (slot !== undefined) this.alive[slot] = 0;
    else this.extra.delete(station);
  }

  /** The stations whose reach meets `box`, base ones first. */
  search(box: Box): Station[] {
    const out: Station[] = [];
    if (this.index) for (const i of this.index.search(...box)) if (this.alive[i] === 1) out.push(this.base[i]!);
    for (const [s, b] of this.extra) if (boxesMeet(b, box)) out.push(s);
    return out;
  }
}
