import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { statsCommand } from '../../src/cli/commands/stats.ts';
import { createLocalFrame } from '../../src/core/geometry/localFrame.ts';

const frame = createLocalFrame(106, 21);
/** A square of `side` metres centred `x` metres east of [106, 21]. */
const square = (x: number, side: number) => {
  const [w, e] = [106 + (x - side / 2) / frame.mPerDegLon, 106 + (x + side / 2) / frame.mPerDegLon];
  const [s, n] = [21 - side / 2 / frame.mPerDegLat, 21 + side / 2 / frame.mPerDegLat];
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
};
const collection = (features: { properties: object; geometry: object }[]) =>
  JSON.stringify({ type: 'FeatureCollection', features: features.map((f) => ({ type: 'Feature', ...f })) });

/**
 * Ward 07210 (phường, urban by default) and commune 07228 (xã, rural) of 4 km squares 20 km apart, one village each
 * filling it, and one omnidirectional 4G station on B3, 30 m, 61 dBm (all defaults) at the centre of each.
 */
function writeCase(model?: object): { dir: string; args: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'phusong-stats-radio-'));
  writeFileSync(join(dir, 'communes.geojson'), collection([
    { properties: { code: '07210', name: 'Phường Bắc Giang', type: 'phuong' }, geometry: square(0, 4000) },
    { properties: { code: '07228', name: 'Xã Đa Mai', type: 'xa' }, geometry: square(20_000, 4000) },
  ]));
  writeFileSync(join(dir, 'villages.geojson'), collection([
    { properties: { village_id: 'P1', name: 'Tổ dân phố 1', commune_id: '07210', population: 100 }, geometry: square(0, 4000) },
    { properties: { village_id: 'X1', name: 'Thôn 1', commune_id: '07228', population: 100 }, geometry: square(20_000, 4000) },
  ]));
  writeFileSync(join(dir, 'stations.csv'), [
    'station_id,operator,lat,lon,tech,band,height_m',
    'VT1,Viettel,21,106,4G,B3,30',
    `VT2,Viettel,21,${106 + 20_000 / frame.mPerDegLon},4G,B3,30`,
  ].join('\n'));
  const args = ['--communes', 'communes.geojson', '--villages', 'villages.geojson', '--stations', 'stations.csv'].map((a) => (a.startsWith('--') ? a : join(dir, a)));
  if (model) {
    writeFileSync(join(dir, 'model.json'), JSON.stringify(model));
    args.push('--radio', join(dir, 'model.json'));
  }
  return { dir, args: [...args, '--out', join(dir, 'out'), '--as-of', '2026-01-01'] };
}

let errors: string[];
beforeEach(() => {
  errors = [];
  vi.spyOn(console, 'error').mockImplementation((line: string) => void errors.push(line));
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

async function run(model?: object) {
  const { dir, args } = writeCase(model);
  expect(await statsCommand.run(args)).toBe(0);
  const villages = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'out/villages.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
  return { pct4g: villages.map((v) => Number(v.pct_4g)), summary: JSON.parse(readFileSync(join(dir, 'out/summary.json'), 'utf8')) };
}

describe('stats --radio', () => {
  it('covers stations without a radius by the default model: 937 m in a ward, 5.4 km in a commune', async () => {
    const { pct4g, summary } = await run();
    // 4G on B3 from 30 m at 61 dBm reaches 937.4 m in an urban ward (worked in radioShapeProvider.test.ts): pi r² of 16 km².
    expect(pct4g[0]).toBeCloseTo((100 * Math.PI * 0.9374 ** 2) / 16, 1);
    expect(pct4g[1]).toBe(100);
    expect(summary.radio_model).toMatchObject({ source: 'defaults', threshold_dbm: { '4G': -105 }, environment_by_commune_type: { phuong: 'urban', xa: 'rural' } });
    expect(errors).toContain('radio model: defaults');
  });

  it("uses the model file's threshold, reliability and environments, and records them in summary.json", async () => {
    const strict = await run({ threshold_dbm: { '4G': -100 } });
    // 5 dB less to spend: 10^((130.208 - 136.197) / 35.225) = 0.6763 km.
    expect(strict.pct4g[0]).toBeCloseTo((100 * Math.PI * 0.6763 ** 2) / 16, 1);
    expect(strict.summary.radio_model).toMatchObject({ source: expect.stringMatching(/model\.json$/), threshold_dbm: { '4G': -100, '5G': -110 } });
    const rural = await run({ environment_by_commune_type: { phuong: 'rural' } });
    expect(rural.pct4g[0]).toBe(100);
    const reliable = await run({ cell_edge_reliability_pct: 90 });
    expect(reliable.summary.radio_model.total_margin_db['4G']).toBeCloseTo(10.25, 2);
    expect(reliable.pct4g[0]).toBeLessThan(strict.pct4g[0]!);
  });

  it('fails before reading the data when the model file is bad, naming the file and every bad key', async () => {
    const { args } = writeCase({ threshold_dbm: { '4G': 'low' }, max_range: 5 });
    expect(await statsCommand.run(args)).toBe(2);
    expect(errors[0]).toMatch(/model\.json: threshold_dbm\.4G: expected a received power from -200 to 0 dBm, got "low"\n.*model\.json: max_range: unknown key/);
    const big = writeCase({ offset_db: { Viettel: Object.fromEntries(Array.from({ length: 120_000 }, (_, i) => [`x${i}`, 0])) } });
    expect(await statsCommand.run(big.args)).toBe(2);
    expect(errors.at(-1)).toMatch(/model\.json: \d+ bytes; a model file is a small JSON object \(at most 1048576 bytes\)/);
  });
});
