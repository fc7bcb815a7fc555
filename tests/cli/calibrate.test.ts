import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDriveTest, driveTestCsv } from '../../bench/driveTest.ts';
import { calibrateCommand } from '../../src/cli/commands/calibrate.ts';
import { statsCommand } from '../../src/cli/commands/stats.ts';
import { mulberry32 } from '../../src/core/demo/random.ts';
import { stationsToCsv } from '../../src/core/export/stationsToCsv.ts';
import type { Station } from '../../src/core/model.ts';
import { DEFAULT_RADIO_MODEL } from '../../src/core/radio/radioModel.ts';

const fixtures = join(import.meta.dirname, '../fixtures/stats');
afterEach(() => vi.restoreAllMocks());

/** Viettel B3 stations over the fixture communes (106.00-106.04, 21.00-21.02), and one VNPT station. */
function stations(): Station[] {
  const at = (id: string, operator: string, lon: number, lat: number): Station => ({
    id, operator, lon, lat, techs: ['4G'], heightM: 30, azimuths: [], beamwidthDeg: null, band: 'B3', eirpDbm: {}, environment: 'suburban', towerId: null, radiusM: {},
  });
  return [at('A', 'Viettel', 106.005, 21.005), at('B', 'Viettel', 106.03, 21.015), at('C', 'VNPT', 106.02, 21.01)];
}

describe('calibrate command', () => {
  it('writes radio.json, calibration.json and the agreement per commune and village, and prints the table', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const truth = { ...DEFAULT_RADIO_MODEL, offsetDb: { Viettel: { B3: -5 }, VNPT: { B3: 2 } } };
    const points = [
      ...createDriveTest(mulberry32(2), stations(), [], truth, [{ operator: 'Viettel', band: 'B3' }], 400, 5),
      ...createDriveTest(mulberry32(3), stations(), [], truth, [{ operator: 'VNPT', band: 'B3' }], 10, 5),
    ];
    const dir = mkdtempSync(join(tmpdir(), 'phusong-cal-'));
    writeFileSync(join(dir, 'stations.csv'), stationsToCsv(stations()));
    writeFileSync(join(dir, 'drive.csv'), driveTestCsv(points));
    const out = join(dir, 'out');
    const files = ['--communes', join(fixtures, 'communes.geojson'), '--stations', join(dir, 'stations.csv')];
    expect(await calibrateCommand.run([...files, '--villages', join(fixtures, 'villages.geojson'), '--measurements', join(dir, 'drive.csv'), '--out', out])).toBe(0);
    const radio = JSON.parse(readFileSync(join(out, 'radio.json'), 'utf8')) as { offset_db: Record<string, Record<string, number>>; threshold_dbm: unknown };
    expect(radio.offset_db.Viettel!.B3).toBeCloseTo(-5, 0);
    expect(radio.offset_db.VNPT).toBeUndefined();
    expect(radio.threshold_dbm).toEqual(DEFAULT_RADIO_MODEL.thresholdDbm);
    const cal = JSON.parse(readFileSync(join(out, 'calibration.json'), 'utf8')) as { groups: Record<string, unknown>[] };
    expect(cal.groups.map((g) => [g.operator, g.band, g.n, g.status])).toEqual([['Viettel', 'B3', 400, 'fitted'], ['VNPT', 'B3', 10, 'too_few_points']]);
    expect(Object.keys(cal.groups[0]!)).toEqual(expect.arrayContaining(['operator', 'band', 'n', 'offset_db', 'rmse_before_db', 'rmse_after_db']));
    const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
    expect(printed).toMatch(/operator\s+band\s+points/);
    expect(printed).toMatch(/VNPT\s+B3\s+10\s+10\s+0\.00.*too few points \(< 30\): offset kept/);
    expect(printed).toMatch(/predicted against measured \(calibrated\): \d+ of 410 points agree/);
    const communes = Papa.parse<Record<string, string>>(readFileSync(join(out, 'agreement_communes.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    const inCommunes = communes.reduce((s, c) => s + Number(c.measured_points), 0);
    expect(inCommunes).toBeGreaterThan(0);
    for (const c of communes.filter((x) => Number(x.measured_points) > 0)) {
      expect(Number(c.agree_points) + Number(c.predicted_not_measured) + Number(c.measured_not_predicted)).toBe(Number(c.measured_points));
      expect(Number(c.agree_ci95_low_pct)).toBeLessThanOrEqual(Number(c.agree_pct));
      expect(Number(c.agree_ci95_high_pct)).toBeGreaterThanOrEqual(Number(c.agree_pct));
    }
    expect(readFileSync(join(out, 'agreement_villages.csv'), 'utf8')).toMatch(/^village_id,name,commune_id,measured_points/);

    // stats with the drive test adds the same columns, with the model it uses.
    expect(await statsCommand.run([...files, '--villages', join(fixtures, 'villages.geojson'), '--radio', join(out, 'radio.json'), '--measurements', join(dir, 'drive.csv'), '--out', join(dir, 'stats')])).toBe(0);
    const statsCommunes = Papa.parse<Record<string, string>>(readFileSync(join(dir, 'stats/communes.csv'), 'utf8'), { header: true, skipEmptyLines: true }).data;
    expect(statsCommunes.map((c) => c.measured_points)).toEqual(communes.map((c) => c.measured_points));
  });

  it('names what is missing', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await calibrateCommand.run(['--communes', 'x.geojson', '--out', tmpdir()])).toBe(2);
    expect(error.mock.calls[0]![0]).toBe('Missing --stations, --measurements.');
  });
});
