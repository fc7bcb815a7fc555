import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planCommand } from '../../src/cli/commands/plan.ts';
import { statsCommand } from '../../src/cli/commands/stats.ts';
import { whatifCommand } from '../../src/cli/commands/whatif.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import type { Dataset, Station } from '../../src/core/model.ts';
import { parseRadioModel } from '../../src/core/radio/parseRadioModel.ts';
import { createRadioShapeProvider } from '../../src/core/radio/radioShapeProvider.ts';
import { computeStats } from '../../src/core/stats/computeStats.ts';
import { createGappyProvince } from '../helpers/createGappyProvince.ts';
import { writeProvinceFiles } from '../helpers/writeProvinceFiles.ts';

/**
 * A stricter model than the defaults, in urban surroundings: a 30 m omni station's 5G reaches 684 m (5.4 km in
 * the defaults' rural communes, which would cover the whole 4 km province), so the file decides every figure.
 */
const MODEL = { threshold_dbm: { '4G': -95, '5G': -95 }, environment_by_commune_type: { xa: 'urban', phuong: 'urban' } };

const readCsv = (file: string) => Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), { header: true, skipEmptyLines: true }).data;
const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** The gappy province with no radius anywhere: every station is shaped by the model, one in three by its sectors. */
function modelProvince(): Dataset {
  const dataset = createGappyProvince(5, 12);
  const stations = dataset.stations.map((s, i): Station => ({ ...s, radiusM: {}, ...(i % 3 === 0 ? { azimuths: [30, 150, 270], beamwidthDeg: 65 } : {}) }));
  return { ...dataset, stations };
}

function writeCase(dataset: Dataset, model: object): { dir: string; files: string[]; radio: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'phusong-plan-radio-'));
  writeProvinceFiles(dir, dataset);
  writeFileSync(join(dir, 'model.json'), JSON.stringify(model));
  const files = ['--communes', join(dir, 'communes.geojson'), '--villages', join(dir, 'villages.geojson'), '--stations', join(dir, 'stations.csv')];
  return { dir, files, radio: ['--radio', join(dir, 'model.json')] };
}

let errors: string[];
let lines: string[];
beforeEach(() => {
  errors = [];
  lines = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  vi.spyOn(console, 'log').mockImplementation((line: string) => void lines.push(line));
});
afterEach(() => vi.restoreAllMocks());

describe('plan and whatif --radio', () => {
  it("claims the gains stats --radio shows on stations_after.csv, under the model file's coverage", async () => {
    const dataset = modelProvince();
    const { dir, files, radio } = writeCase(dataset, MODEL);
    const out = join(dir, 'out');
    expect(await planCommand.run([...files, ...radio, '--tech', '5G', '--colocations', '2', '--new-sites', '2', '--out', out])).toBe(0);
    const rows = readCsv(join(out, 'plan.csv'));
    expect(rows.map((r) => r.action)).toEqual(['colocate', 'colocate', 'new_site', 'new_site']);
    const plan = readJson(join(out, 'plan.json'));
    expect(plan.radio_model).toMatchObject({ source: join(dir, 'model.json'), threshold_dbm: { '5G': -95 } });
    expect(plan.new_site_radius_m).toBeNull();
    // The proposed stations carry no radius: the model shapes them, from the file read back as from the planner.
    const proposed = readCsv(join(out, 'stations_after.csv')).slice(dataset.stations.length);
    expect(proposed.map((s) => [s.tech, s.radius_5g_m, s.band, s.eirp_5g_dbm])).toEqual(rows.map(() => ['5G', '', '', '']));

    // Each claimed gain is the engine's under the same model on the re-imported file.
    const imported = await importLayer(new Uint8Array(readFileSync(join(out, 'stations_after.csv'))), 'stations_after.csv', 'stations');
    if (!imported.ok || imported.layer.kind !== 'stations') throw new Error('stations_after.csv did not import');
    const stations = imported.layer.stations;
    const parsed = parseRadioModel(JSON.stringify(MODEL));
    if (!parsed.ok) throw new Error(parsed.errors.join('\n'));
    const provider = createRadioShapeProvider(parsed.model, dataset.communes);
    const people5g = (n: number) => {
      const { province } = computeStats({ ...dataset, stations: stations.slice(0, n) }, { provider });
      return (province.population * province.pct['5G']!) / 100;
    };
    rows.forEach((row, i) => {
      const gained = people5g(dataset.stations.length + i + 1) - people5g(dataset.stations.length + i);
      expect(gained).toBeGreaterThan(0);
      expect(Number(row.people_gained)).toBeCloseTo(gained, 1);
    });

    // `stats --radio` with the same file on stations_after.csv shows the figures plan.json claims after.
    const after = ['--communes', files[1]!, '--villages', files[3]!, '--stations', join(out, 'stations_after.csv')];
    expect(await statsCommand.run([...after, ...radio, '--out', join(dir, 'stats')])).toBe(0);
    const summary = readJson(join(dir, 'stats', 'summary.json'));
    expect(summary.pct_5g).toBeCloseTo(plan.demand.after.pct, 2);
    expect(summary.villages_covered_5g).toBe(plan.demand.after.villages_covered);
    expect(plan.demand.after.people_covered - plan.demand.before.people_covered).toBeCloseTo(plan.demand.people_gained, 0);
    // Without the file the model's defaults cover far more: the claims hold for the model they were made under.
    expect(await statsCommand.run([...after, '--out', join(dir, 'stats-defaults')])).toBe(0);
    expect(readJson(join(dir, 'stats-defaults', 'summary.json')).pct_5g).toBeGreaterThan(plan.demand.after.pct + 10);
  });

  it('whatif checks edits under the model file against a full computation, and refuses a bad file before reading the data', async () => {
    const { files, radio } = writeCase(modelProvince(), MODEL);
    expect(await whatifCommand.run([...files, ...radio, '--edits', '20', '--seed', '3'])).toBe(0);
    expect(errors).toContain(`radio model: ${radio[1]}`);
    expect(JSON.parse(lines[0]!).max_diff_pp).toBeLessThanOrEqual(1e-9);

    const bad = writeCase(modelProvince(), { threshold_dbm: { '5G': 'low' } });
    errors.length = 0;
    expect(await whatifCommand.run([...bad.files, ...bad.radio, '--edits', '1', '--seed', '1'])).toBe(2);
    expect(errors[0]).toMatch(/model\.json: threshold_dbm\.5G: expected a received power/);
    expect(errors.some((e) => e.startsWith('stations:'))).toBe(false);
  });
});
