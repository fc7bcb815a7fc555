import Flatbush from 'flatbush';
import { BandedArea } from '../geometry/bandedArea.ts';
import { areaBBox } from '../geometry/projectArea.ts';
import type { Area } from '../model.ts';

/**
 * Finds which of many areas contain a point: a box index, then an exact point-in-polygon test on the area's
 * latitude bands, built the first time the area is a candidate (thousands of stations fall in a hundred communes
 * of thousands of vertices each).
 */
export class AreaLocator {
  private readonly index: Flatbush | null;
  private readonly banded: (BandedArea | undefined)[] = [];

  /** `areas` may hold nulls (areas not to be found); indices refer to this array. Not mutated. */
  constructor(private readonly areas: readonly (Area | null)[]) {
    const present = areas.filter((a) => a !== null).length;
    this.index = present > 0 ? new Flatbush(areas.length) : null;
    if (!this.index) return;
    for (const a of areas) {
      if (a) this.index.add(...areaBBox(a));
      else this.index.add(Infinity, Infinity, Infinity, Infinity);
    }
    this.index.finish();
  }

  /** Indices of all areas containing `[lon, lat]` (degrees), ascending. */
  locateAll(lon: number, lat: number): number[] {
    if (!this.index) return [];
    return this.index
      .search(lon, lat, lon, lat)
      .filter((i) => (this.banded[i] ??= new BandedArea(this.areas[i]!)).contains(lon, lat))
      .sort((a, b) => a - b);
  }

  /** The lowest index of an area containing the point (so overlaps resolve the same way every time), or -1. */
  locate(lon: number, lat: number): number {
    return this.locateAll(lon, lat)[0] ?? -1;
  }
}
