import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { planCommand } from '../../src/cli/commands/plan.ts';
import { statsCommand } from '../../src/cli/commands/stats.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import type { Dataset, Station } from '../../src/core/model.ts';
import { groupSites } from '../../src/core/sites/groupSites.ts';
import { computeStats } from '../../src/core/stats/computeStats.ts';
import { createGappyProvince } from '../helpers/createGappyProvince.ts';
import { writeProvinceFiles } from '../helpers/writeProvinceFiles.ts';

const readCsv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** Writes the province, runs `plan` with `flags` on it, and returns the input and output directories. */
async function runPlan(dataset: Dataset, flags: string[]): Promise<{ dir: string; out: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'phusong-plan-'));
  writeProvinceFiles(dir, dataset);
  const out = join(dir, 'out');
  const files = ['--communes', join(dir, 'communes.geojson'), '--villages', join(dir, 'villages.geojson'), '--stations', join(dir, 'stations.csv')];
  expect(await planCommand.run([...files, ...flags, '--out', out])).toBe(0);
  return { dir, out };
}

async function importStations(file: string): Promise<Station[]> {
  const result = await importLayer(new Uint8Array(readFileSync(file)), file, 'stations');
  if (!result.ok || result.layer.kind !== 'stations') throw new Error('stations_after.csv did not import');
  expect(result.report.rejected).toBe(0);
  return result.layer.stations;
}

/** People covered by 4G and villages at the threshold, as the engine counts them. */
function coverage4g(dataset: Dataset, stations: Station[]) {
  const { province } = computeStats({ ...dataset, stations });
  return { people: (province.population * province.pct['4G']!) / 100, villages: province.villagesCovered['4G']! };
}

describe('plan command', () => {
  it('proposes new sites whose claimed gains stats confirms on stations_after.csv', async () => {
    const dataset = createGappyProvince(5);
    const { dir, out } = await runPlan(dataset, ['--tech', '4G', '--new-sites', '3', '--new-site-radius-m', '600']);
    const rows = readCsv(join(out, 'plan.csv'));
    expect(Object.keys(rows[0]!)).toEqual(['rank', 'action', 'station_id', 'operator', 'lon', 'lat', 'site', 'people_gained', 'villages_gained', 'covered_pct_after']);
    expect(rows.map((r) => [r.rank, r.action, r.operator])).toEqual([['1', 'new_site', 'shared'], ['2', 'new_site', 'shared'], ['3', 'new_site', 'shared']]);

    // Every input row unchanged, then one row per proposal with a new id, the technology and the radius.
    const input = readFileSync(join(dir, 'stations.csv'), 'utf8').trimEnd().split('\n');
    const after = readFileSync(join(out, 'stations_after.csv'), 'utf8').trimEnd().split('\n');
    expect(after.slice(0, input.length)).toEqual(input);
    const proposed = readCsv(join(out, 'stations_after.csv')).slice(dataset.stations.length);
    expect(proposed.map((s) => [s.station_id, s.operator, s.tech, s.radius_4g_m, s.tower_id])).toEqual(rows.map((r) => [r.station_id, 'shared', '4G', '600', r.station_id]));

    // The exact figures: the engine on the re-imported file gives every claimed gain.
    const stations = await importStations(join(out, 'stations_after.csv'));
    let previous = coverage4g(dataset, stations.slice(0, dataset.stations.length));
    rows.forEach((row, i) => {
      const now = coverage4g(dataset, stations.slice(0, dataset.stations.length + i + 1));
      expect(Number(row.people_gained)).toBeCloseTo(now.people - previous.people, 1);
      expect(Number(row.villages_gained)).toBe(now.villages - previous.villages);
      previous = now;
    });

    // And `stats` on the file shows the figures plan.json claims after, to its own rounding.
    const plan = readJson(join(out, 'plan.json'));
    const statsOut = join(dir, 'stats');
    const files = ['--communes', join(dir, 'communes.geojson'), '--villages', join(dir, 'villages.geojson'), '--stations', join(out, 'stations_after.csv')];
    expect(await statsCommand.run([...files, '--out', statsOut])).toBe(0);
    const summary = readJson(join(statsOut, 'summary.json'));
    expect(summary.pct_4g).toBeCloseTo(plan.demand.after.pct, 2);
    expect(summary.villages_covered_4g).toBe(plan.demand.after.villages_covered);
    expect(plan.demand.after.people_covered - plan.demand.before.people_covered).toBeCloseTo(plan.demand.people_gained, 0);
    expect([summary.stations, summary.sites, summary.shared_sites]).toEqual([plan.after.stations, plan.after.sites, plan.after.shared_sites]);
  });

  it('puts an operator only on existing sites without it, and its own coverage confirms the gains', async () => {
    const dataset = createGappyProvince(11, 14);
    const { out } = await runPlan(dataset, ['--tech', '4G', '--operator', 'VNPT', '--colocations', '3', '--new-site-radius-m', '600']);
    const rows = readCsv(join(out, 'plan.csv'));
    expect(rows.length).toBeGreaterThan(0);
    const sites = groupSites(dataset.stations);
    for (const row of rows) {
      expect([row.action, row.operator]).toEqual(['colocate', 'VNPT']);
      const site = sites.find((s) => s.id === row.site)!;
      expect(site.operators).not.toContain('VNPT');
      const anchor = dataset.stations.find((s) => `${s.operator}:${s.id}` === site.stationIds[0])!;
      expect([Number(row.lon), Number(row.lat)]).toEqual([anchor.lon, anchor.lat]);
    }
    const stations = await importStations(join(out, 'stations_after.csv'));
    const vnpt = (list: Station[]) => list.filter((s) => s.operator === 'VNPT');
    const before = coverage4g(dataset, vnpt(stations.slice(0, dataset.stations.length)));
    const after = coverage4g(dataset, vnpt(stations));
    const plan = readJson(join(out, 'plan.json'));
    expect(plan.demand.people_gained).toBeCloseTo(after.people - before.people, 0);
    expect(plan.demand.villages_gained).toBe(after.villages - before.villages);
    expect(plan.after.shared_sites).toBeGreaterThan(plan.before.shared_sites);
  });

  it('names what is wrong with its options', async () => {
    const dataset = createGappyProvince(5);
    const dir = mkdtempSync(join(tmpdir(), 'phusong-plan-'));
    writeProvinceFiles(dir, dataset);
    const files = ['--communes', join(dir, 'communes.geojson'), '--villages', join(dir, 'villages.geojson'), '--stations', join(dir, 'stations.csv'), '--out', join(dir, 'out')];
    const errors: string[] = [];
    const { error } = console;
    console.error = (line: string) => void errors.push(line);
    try {
      expect(await planCommand.run([...files, '--tech', '3G', '--new-sites', '2'])).toBe(2);
      expect(await planCommand.run([...files, '--tech', '4G'])).toBe(2);
      expect(await planCommand.run([...files, '--tech', '4G', '--new-sites', '-1'])).toBe(2);
    } finally {
      console.error = error;
    }
    expect(errors.filter((e) => !e.startsWith('Usage'))).toEqual([
      'Expected --tech 4G, 5G, 6G, got "3G".',
      'Nothing to plan: give --colocations K or --new-sites K (or both).',
      'Expected --new-sites to be a whole number of at least 0, got "-1".',
    ]);
  });
});
