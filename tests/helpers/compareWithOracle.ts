import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { expect } from 'vitest';
import { createRadioOracle } from '../../bench/radioOracle.ts';
import { statsCommand } from '../../src/cli/commands/stats.ts';
import { mulberry32 } from '../../src/core/demo/random.ts';
import { stationsToCsv } from '../../src/core/export/stationsToCsv.ts';
import { villagesToGeoJson } from '../../src/core/export/villagesToGeoJson.ts';
import { MEASURED_TECHS, type Area, type Commune, type Station, type Village } from '../../src/core/model.ts';
import { parseRadioModel } from '../../src/core/radio/parseRadioModel.ts';
import type { RadioModel } from '../../src/core/radio/radioModel.ts';

/**
 * Runs `stats --radio MODEL` (`modelFile`'s text) on the files of a case and compares each sampled village's 4G/5G/6G share with the page's
 * model (`oracleModel`, else the file's) evaluated point by point (`bench/radioOracle.ts`, a 150 x 150 lattice per village: its own error is about
 * 0.02 pp on average, measured against a 300 x 300 one in `npm run bench`). Half the sample is drawn from villages
 * the model covers in part, where any error would show.
 */
export async function compareWithOracle(
  communesFile: string, communes: Commune[], villages: Village[], stations: Station[], sample: number, modelFile: string, oracleModel?: RadioModel,
) {
  const dir = mkdtempSync(join(tmpdir(), 'phusong-radio-accuracy-'));
  writeFileSync(join(dir, 'villages.geojson'), villagesToGeoJson(villages));
  writeFileSync(join(dir, 'stations.csv'), stationsToCsv(stations));
  writeFileSync(join(dir, 'model.json'), modelFile);
  const files = ['--villages', join(dir, 'villages.geojson'), '--stations', join(dir, 'stations.csv'), '--radio', join(dir, 'model.json')];
  expect(await statsCommand.run(['--communes', communesFile, ...files, '--out', join(dir, 'out')])).toBe(0);
  const rows = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'out/villages.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  const parsed = parseRadioModel(modelFile);
  if (!parsed.ok) throw new Error(parsed.errors.join('; '));
  const model = oracleModel ?? parsed.model;
  const rand = mulberry32(17);
  const errors: number[] = [];
  let partial = 0;
  for (const tech of MEASURED_TECHS) {
    const key = `pct_${tech.toLowerCase()}`;
    const oracle = createRadioOracle(stations, communes, model, tech);
    const inPart = rows.map((r, i) => [Number(r[key]), i] as const).filter(([p]) => p > 0 && p < 100).map(([, i]) => i);
    for (let k = 0; k < sample; k++) {
      const pool = k % 2 === 0 && inPart.length > 0 ? inPart : rows.map((_, i) => i);
      const i = pool[Math.floor(rand() * pool.length)]!;
      const got = Number(rows[i]![key]);
      if (got > 0 && got < 100) partial++;
      errors.push(Math.abs(got - oracle.villagePct(villages[i]!.geometry as Area, 150)));
    }
  }
  errors.sort((a, b) => a - b);
  return { mean: errors.reduce((a, b) => a + b, 0) / errors.length, p99: errors[Math.floor(0.99 * (errors.length - 1))]!, partial };
}
