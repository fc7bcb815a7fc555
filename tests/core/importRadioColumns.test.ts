import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importLayer } from '../../src/core/import/importLayer.ts';
import { REASON_TEXT } from '../../src/core/import/importReport.ts';

const FILE = join(import.meta.dirname, '../fixtures/import/stations_radio_vi.csv');

async function importRadioFixture() {
  const result = await importLayer(new Uint8Array(readFileSync(FILE)), 'stations_radio_vi.csv', 'stations');
  if (!result.ok || result.layer.kind !== 'stations') throw new Error('expected stations');
  return { ...result, stations: result.layer.stations };
}

describe('station radio columns (Vietnamese headers)', () => {
  it('reads bands, EIRP per technology and environments by their Vietnamese header names', async () => {
    const { stations, mapping } = await importRadioFixture();
    expect(mapping).toMatchObject({ band: 'Băng tần', eirp4g: 'Công suất phát 4G (dBm)', eirp5g: 'EIRP 5G', environment: 'Môi trường', heightM: 'Độ cao anten' });
    const byId = new Map(stations.map((s) => [s.id, s]));
    expect(byId.get('BN1001')).toMatchObject({ heightM: 32, band: 'B3;n78', eirpDbm: { '4G': 60.5, '5G': 76 }, environment: 'rural' });
    expect(byId.get('BN1002')).toMatchObject({ band: 'B8', eirpDbm: {}, environment: 'urban' });
    // MHz stand for the bands of the station's technologies at that frequency: 1800 is B3 (4G) and n3 (5G).
    expect(byId.get('BN1003')).toMatchObject({ band: 'B3;n3;n78', environment: null, azimuths: [90], beamwidthDeg: 90 });
    // An unreadable height or EIRP is ignored with a warning, as other numbers are.
    expect(byId.get('BN1009')).toMatchObject({ heightM: null, band: 'B1', eirpDbm: {}, environment: 'suburban' });
  });

  it('rejects an unknown band or environment, a height of 0 or less and an EIRP out of range, each with its reason; rows add up', async () => {
    const { report, rejectedRows } = await importRadioFixture();
    expect(report.rows).toBe(9);
    expect(report.rows).toBe(report.imported + report.rejected);
    expect(report.reasons).toEqual({ unknown_band: 1, invalid_height: 2, unknown_environment: 1, invalid_eirp: 1 });
    expect(report.issues.filter((i) => i.code !== 'unreadable_number_ignored').map((i) => [i.row, i.field, i.code, i.detail])).toEqual([
      [5, 'Băng tần', 'unknown_band', '"B99"'],
      [6, 'Độ cao anten', 'invalid_height', '"-12"'],
      [7, 'Môi trường', 'unknown_environment', '"jungle"'],
      [8, 'Độ cao anten', 'invalid_height', '"0"'],
      [9, 'Công suất phát 4G (dBm)', 'invalid_eirp', '"4000"'],
    ]);
    expect(report.warningCodes).toEqual({ unreadable_number_ignored: 2 });
    expect(rejectedRows.rows.map((r) => r.reason)).toEqual(['unknown_band', 'invalid_height', 'unknown_environment', 'invalid_height', 'invalid_eirp']);
    expect(REASON_TEXT.unknown_band.vi).toMatch(/^Băng tần không rõ \(dùng B1, B3, .*fr3 hoặc MHz\)$/);
  });
});
