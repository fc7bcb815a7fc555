import { COVERAGE_KEYS, type AreaStats, type StatsResult } from '../stats/statsTypes.ts';

export interface StatsDifference {
  /** The largest difference of any village share, percentage points. */
  maxVillageDiffPp: number;
  /** The largest difference of any commune or province share, percentage points. */
  maxAreaDiffPp: number;
  /** What differs beyond shares (counts, covered flags, sites), described; empty when nothing does. */
  mismatches: string[];
}

const AREA_COUNTS = ['villages', 'population', 'stations', 'sites', 'sharedSites'] as const;

/**
 * How far two results for the same data set are apart: incremental figures against a full computation. Shares are
 * compared as numbers, everything else exactly (site positions to 1e-9 degrees: a mean summed in another order).
 * Does not mutate its input.
 */
export function compareStats(a: StatsResult, b: StatsResult): StatsDifference {
  const mismatches: string[] = [];
  let maxVillageDiffPp = 0;
  let maxAreaDiffPp = 0;
  if (a.villages.length !== b.villages.length) mismatches.push(`villages: ${a.villages.length} vs ${b.villages.length}`);
  a.villages.forEach((v, i) => {
    const w = b.villages[i];
    if (!w) return;
    for (const key of COVERAGE_KEYS) {
      if ((v.pct[key] === null) !== (w.pct[key] === null)) mismatches.push(`village ${v.id} ${key}: ${v.pct[key]} vs ${w.pct[key]}`);
      else maxVillageDiffPp = Math.max(maxVillageDiffPp, Math.abs((v.pct[key] ?? 0) - (w.pct[key] ?? 0)));
      if (v.covered[key] !== w.covered[key]) mismatches.push(`village ${v.id} covered ${key}: ${v.covered[key]} vs ${w.covered[key]}`);
    }
  });
  const areas = (label: string, x: AreaStats, y: AreaStats) => {
    for (const key of COVERAGE_KEYS) {
      if ((x.pct[key] === null) !== (y.pct[key] === null)) mismatches.push(`${label} ${key}: ${x.pct[key]} vs ${y.pct[key]}`);
      else maxAreaDiffPp = Math.max(maxAreaDiffPp, Math.abs((x.pct[key] ?? 0) - (y.pct[key] ?? 0)));
      if (x.villagesCovered[key] !== y.villagesCovered[key]) mismatches.push(`${label} villages covered ${key}: ${x.villagesCovered[key]} vs ${y.villagesCovered[key]}`);
    }
    for (const field of AREA_COUNTS) if (x[field] !== y[field]) mismatches.push(`${label} ${field}: ${x[field]} vs ${y[field]}`);
  };
  areas('province', a.province, b.province);
  if (a.communes.length !== b.communes.length) mismatches.push(`communes: ${a.communes.length} vs ${b.communes.length}`);
  a.communes.forEach((c, i) => {
    const d = b.communes[i];
    if (d) areas(`commune ${c.code}`, c, d);
  });
  if (a.sites.length !== b.sites.length) mismatches.push(`sites: ${a.sites.length} vs ${b.sites.length}`);
  a.sites.forEach((s, i) => {
    const t = b.sites[i];
    if (!t) return;
    const same =
      s.id === t.id &&
      s.communeCode === t.communeCode &&
      s.stationIds.join() === t.stationIds.join() &&
      s.operators.join() === t.operators.join() &&
      Math.abs(s.lon - t.lon) <= 1e-9 &&
      Math.abs(s.lat - t.lat) <= 1e-9;
    if (!same) mismatches.push(`site ${i}: ${s.id} [${s.stationIds.join(' ')}] vs ${t.id} [${t.stationIds.join(' ')}]`);
  });
  return { maxVillageDiffPp, maxAreaDiffPp, mismatches };
}
