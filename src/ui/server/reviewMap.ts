import type { Feature, FeatureCollection, LineString, Point } from 'geojson';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { DiffRow } from './client.ts';

/** What a change does to a row, as the map draws it; 'was' is where a moved row stood before. */
export type ReviewMark = DiffRow['change'] | 'was';

/** One colour per mark, shared by the map's layers and the review's legend. */
export const REVIEW_COLORS: Record<ReviewMark, string> = {
  added: '#16a34a',
  moved: '#ea580c',
  changed: '#2563eb',
  removed: '#dc2626',
  was: '#64748b',
};

/** The marks in the order the legend lists them. */
export const REVIEW_MARKS: readonly ReviewMark[] = ['added', 'moved', 'was', 'changed', 'removed'];

/**
 * A change's rows as map features: a point per row where it is (a removed row where it was), and for a moved row
 * its old place and a line from there to the new one. Only keys and marks go in: names stay in the table, as text.
 */
export function reviewFeatures(rows: readonly DiffRow[]): FeatureCollection<Point | LineString> {
  const features: Feature<Point | LineString>[] = [];
  for (const r of rows) {
    if (r.change === 'moved' && r.from_lon !== null && r.from_lat !== null) {
      features.push(
        { type: 'Feature', properties: { mark: 'moved', key: r.key }, geometry: { type: 'LineString', coordinates: [[r.from_lon, r.from_lat], [r.lon, r.lat]] } },
        { type: 'Feature', properties: { mark: 'was', key: r.key }, geometry: { type: 'Point', coordinates: [r.from_lon, r.from_lat] } },
      );
    }
    features.push({ type: 'Feature', properties: { mark: r.change, key: r.key }, geometry: { type: 'Point', coordinates: [r.lon, r.lat] } });
  }
  return { type: 'FeatureCollection', features };
}

/** The box around every place the rows name (old places too), or null without rows. */
export function reviewBounds(rows: readonly DiffRow[]): [number, number, number, number] | null {
  if (rows.length === 0) return null;
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const add = (lon: number, lat: number) => {
    box[0] = Math.min(box[0], lon);
    box[1] = Math.min(box[1], lat);
    box[2] = Math.max(box[2], lon);
    box[3] = Math.max(box[3], lat);
  };
  for (const r of rows) {
    add(r.lon, r.lat);
    if (r.from_lon !== null && r.from_lat !== null) add(r.from_lon, r.from_lat);
  }
  return box;
}

interface ReviewMapState {
  /** The rows of the change under review the map draws; null hides them (no review open). */
  rows: DiffRow[] | null;
  show(rows: DiffRow[] | null): void;
}

/** Kept apart from the app store: only the review and the map's review layer use it. */
export const reviewMapStore = createStore<ReviewMapState>()((set) => ({
  rows: null,
  show: (rows) => set({ rows }),
}));

export function useReviewRows(): DiffRow[] | null {
  return useStore(reviewMapStore, (s) => s.rows);
}
