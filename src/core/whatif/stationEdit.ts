import type { Station } from '../model.ts';

/**
 * One what-if edit of the stations, as plain data (it crosses the worker boundary as is). Stations are named by
 * `stationKey` (operator and code). `colocate` puts `station` on an existing site: at the position of the site's
 * first station and on its tower, whatever position and tower `station` gives.
 */
export type StationEdit =
  | { kind: 'add'; station: Station }
  | { kind: 'remove'; key: string }
  | { kind: 'move'; key: string; lon: number; lat: number }
  | { kind: 'colocate'; siteId: string; station: Station };

export type StationEditKind = StationEdit['kind'];

/**
 * What an edit does to the list of stations: `old` (null for an addition) becomes `next` (null for a removal) at
 * `index`. Undo applies the same change the other way.
 */
export interface StationChange {
  index: number;
  old: Station | null;
  next: Station | null;
}

export function invertChange(change: StationChange): StationChange {
  return { index: change.index, old: change.next, next: change.old };
}
