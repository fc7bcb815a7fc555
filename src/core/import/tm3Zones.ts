import { TM3_CENTRAL_MERIDIANS, type CrsName } from './vn2000.ts';

/** A provincial VN-2000 TM-3 zone as a user picks it: its central meridian and the provinces known to use it. */
export interface Tm3Zone {
  /** Central meridian, degrees east. */
  meridian: number;
  crs: CrsName;
  /** Province names (before the 2025 mergers) using this meridian, alphabetical; empty where none is on record. */
  provinces: string[];
}

/**
 * Every quarter-degree central meridian from 102.5° to 109.5° east (the span Vietnam's provinces use), each with
 * the provinces of `TM3_CENTRAL_MERIDIANS` on it, west to east.
 */
export function tm3Zones(): Tm3Zone[] {
  const byMeridian = new Map<number, string[]>();
  for (const [province, meridian] of Object.entries(TM3_CENTRAL_MERIDIANS)) {
    byMeridian.set(meridian, [...(byMeridian.get(meridian) ?? []), province]);
  }
  const zones: Tm3Zone[] = [];
  for (let quarter = 102.5 * 4; quarter <= 109.5 * 4; quarter++) {
    const meridian = quarter / 4;
    const provinces = (byMeridian.get(meridian) ?? []).sort((a, b) => a.localeCompare(b, 'vi'));
    zones.push({ meridian, crs: `VN2000:TM3:${meridian}`, provinces });
  }
  return zones;
}
