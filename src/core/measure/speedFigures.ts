import type { Area, Commune, Village } from '../model.ts';
import { foldVietnamese } from '../search/foldVietnamese.ts';
import { AreaLocator } from '../stats/areaLocator.ts';
import type { ManualValue } from '../targets/manualValues.ts';
import { NETWORKS, type CommuneSpeed, type Network, type SpeedTile } from './measureTypes.ts';

/**
 * Fewest tests (or samples) behind a speed for it to stand without a note: Ookla's tiles average a handful of
 * tests each, and a mean of fewer than 100 moves by several Mb/s from one quarter to the next.
 */
export const MIN_SPEED_TESTS = 100;

/** A measured download speed of an area: the weighted mean, what it rests on, and where it comes from. */
export interface SpeedFigure {
  network: Network;
  downloadMbps: number;
  /** Tests (tiles) or samples (commune table) behind the mean. */
  tests: number;
  /** Tiles, or commune lines, averaged. */
  parts: number;
  source: 'speed_tiles' | 'speed_communes';
  /** True under `MIN_SPEED_TESTS`. */
  tooFew: boolean;
}

export interface SpeedFigures {
  province: Partial<Record<Network, SpeedFigure>>;
  /** By commune code. */
  communes: Map<string, Partial<Record<Network, SpeedFigure>>>;
  /** By village id (tiles only: a commune table says nothing of its villages). */
  villages: Map<string, Partial<Record<Network, SpeedFigure>>>;
}

interface Sum { weighted: number; tests: number; parts: number }
const add = (sum: Sum | undefined, mbps: number, tests: number): Sum =>
  sum ? { weighted: sum.weighted + mbps * tests, tests: sum.tests + tests, parts: sum.parts + 1 } : { weighted: mbps * tests, tests, parts: 1 };
const figure = (network: Network, s: Sum, source: SpeedFigure['source']): SpeedFigure =>
  ({ network, downloadMbps: s.weighted / s.tests, tests: s.tests, parts: s.parts, source, tooFew: s.tests < MIN_SPEED_TESTS });

/**
 * The measured download speeds of the province, each commune and each village, per network: from speed tiles,
 * the test-weighted mean of the tiles whose centre lies in the area (the province: in any loaded commune); where
 * a network has no tile in an area, from the commune table, the samples-weighted mean of its lines for the area's
 * communes (matched by code, else by name without case or diacritics; a commune's line for all operators is used
 * alone where it has one, so that operators are not counted twice). Areas without data get no figure ("no data",
 * never 0). Does not mutate its inputs.
 */
export function speedFigures(
  tiles: readonly SpeedTile[],
  communeSpeeds: readonly CommuneSpeed[],
  communes: readonly Commune[],
  villages: readonly Village[],
): SpeedFigures {
  const communeLocator = new AreaLocator(communes.map((c) => c.geometry));
  const villageLocator = new AreaLocator(villages.map((v) => (v.geometry.type === 'Point' ? null : (v.geometry as Area))));
  const tileProvince: Partial<Record<Network, Sum>> = {};
  const tileCommune = new Map<string, Partial<Record<Network, Sum>>>();
  const tileVillage = new Map<string, Partial<Record<Network, Sum>>>();
  const into = (map: Map<string, Partial<Record<Network, Sum>>>, key: string, t: SpeedTile) => {
    const own = map.get(key) ?? {};
    own[t.network] = add(own[t.network], t.downloadMbps, t.tests);
    map.set(key, own);
  };
  for (const t of tiles) {
    const c = communeLocator.locate(t.lon, t.lat);
    if (c < 0) continue;
    tileProvince[t.network] = add(tileProvince[t.network], t.downloadMbps, t.tests);
    into(tileCommune, communes[c]!.code, t);
    const v = villageLocator.locate(t.lon, t.lat);
    if (v >= 0) into(tileVillage, villages[v]!.id, t);
  }

  const tableCommune = communeTableSums(communeSpeeds, communes);
  const tableProvince: Partial<Record<Network, Sum>> = {};
  for (const sums of tableCommune.values()) {
    for (const n of NETWORKS) {
      const s = sums[n];
      if (s) tableProvince[n] = { weighted: (tableProvince[n]?.weighted ?? 0) + s.weighted, tests: (tableProvince[n]?.tests ?? 0) + s.tests, parts: (tableProvince[n]?.parts ?? 0) + s.parts };
    }
  }
  const pick = (fromTiles: Partial<Record<Network, Sum>> | undefined, fromTable: Partial<Record<Network, Sum>> | undefined) => {
    const out: Partial<Record<Network, SpeedFigure>> = {};
    for (const n of NETWORKS) {
      const t = fromTiles?.[n];
      const c = fromTable?.[n];
      if (t) out[n] = figure(n, t, 'speed_tiles');
      else if (c) out[n] = figure(n, c, 'speed_communes');
    }
    return out;
  };
  const communeFigures = new Map<string, Partial<Record<Network, SpeedFigure>>>();
  for (const c of communes) {
    const f = pick(tileCommune.get(c.code), tableCommune.get(c.code));
    if (Object.keys(f).length > 0) communeFigures.set(c.code, f);
  }
  const villageFigures = new Map<string, Partial<Record<Network, SpeedFigure>>>();
  for (const [id, sums] of tileVillage) villageFigures.set(id, pick(sums, undefined));
  return { province: pick(tileProvince, tableProvince), communes: communeFigures, villages: villageFigures };
}

/** Samples-weighted sums of the commune table per loaded commune and network. */
function communeTableSums(lines: readonly CommuneSpeed[], communes: readonly Commune[]): Map<string, Partial<Record<Network, Sum>>> {
  const byCode = new Map(communes.map((c) => [c.code, c.code]));
  const byName = new Map<string, string>();
  for (const c of communes) byName.set(foldVietnamese(c.name), c.code);
  const all = new Map<string, Partial<Record<Network, Sum>>>();
  const perOperator = new Map<string, Partial<Record<Network, Sum>>>();
  for (const line of lines) {
    const code = (line.communeCode !== null ? byCode.get(line.communeCode) : undefined) ?? (line.communeName !== null ? byName.get(foldVietnamese(line.communeName)) : undefined);
    if (code === undefined) continue;
    const map = line.operator === null ? all : perOperator;
    const own = map.get(code) ?? {};
    own[line.network] = add(own[line.network], line.downloadMbps, line.samples);
    map.set(code, own);
  }
  const out = new Map<string, Partial<Record<Network, Sum>>>();
  for (const code of new Set([...all.keys(), ...perOperator.keys()])) {
    const merged: Partial<Record<Network, Sum>> = {};
    for (const n of NETWORKS) {
      const s = all.get(code)?.[n] ?? perOperator.get(code)?.[n];
      if (s) merged[n] = s;
    }
    out.set(code, merged);
  }
  return out;
}

/** The plans' download-speed indicators (`data/plans`: manual metrics), by network. */
export const SPEED_METRIC: Record<Network, string> = { mobile: 'mobile_download_mbps', fixed: 'fixed_download_mbps' };

/**
 * The province's speeds as the values of the plans' download-speed indicators, dated `asOf`, each naming its
 * source, the tests behind it and a note when they are too few.
 */
export function speedManualValues(province: SpeedFigures['province'], asOf: string, sourceName: (f: SpeedFigure) => string): ManualValue[] {
  return NETWORKS.flatMap((n) => {
    const f = province[n];
    if (!f) return [];
    const what = f.source === 'speed_tiles' ? `test-weighted mean of ${f.parts} speed tiles` : `samples-weighted mean of ${f.parts} commune lines`;
    const note = f.tooFew ? `; too few tests (under ${MIN_SPEED_TESTS}): indicative only` : '';
    return [{ indicator: SPEED_METRIC[n], value: f.downloadMbps, date: asOf, source: `${sourceName(f)}: ${what}, ${f.tests} tests${note}` }];
  });
}

/** An area's speeds as CSV columns: mean Mb/s and tests per network, "" where there is no data (never 0). */
export function speedColumns(f: Partial<Record<Network, SpeedFigure>> | undefined) {
  const r = (x: number) => Math.round(x * 100) / 100;
  return {
    measured_mobile_download_mbps: f?.mobile ? r(f.mobile.downloadMbps) : '',
    measured_mobile_tests: f?.mobile ? f.mobile.tests : '',
    measured_fixed_download_mbps: f?.fixed ? r(f.fixed.downloadMbps) : '',
    measured_fixed_tests: f?.fixed ? f.fixed.tests : '',
  };
}
