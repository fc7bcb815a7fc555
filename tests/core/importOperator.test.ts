import { describe, expect, it } from 'vitest';
import { importLayer } from '../../src/core/import/importLayer.ts';

const csv = (text: string) => new TextEncoder().encode(text);

describe('importLayer with an operator', () => {
  const file = csv(
    'station_id,operator,lat,lon,tech\n' +
      'A1,Viettel,21.1,106.1,4G\n' +
      'B1,VNPT,21.1,106.2,4G\n' +
      'A2,viettel,21.2,106.1,4G;5G\n' +
      'C1,MobiFone,21.3,106.1,4G\n',
  );

  it("keeps that operator's stations (its name written any way) and rejects the others as other_operator", async () => {
    const result = await importLayer(file, 'stations.csv', 'stations', { operator: 'Viettel' });
    if (!result.ok) throw new Error(result.error);
    expect(result.layer.kind === 'stations' && result.layer.stations.map((s) => s.id)).toEqual(['A1', 'A2']);
    expect(result.report).toMatchObject({ rows: 4, imported: 2, rejected: 2, reasons: { other_operator: 2 } });
    expect(result.rejectedRows.rows.map((r) => [r.row, r.cells[0], r.reason, r.detail])).toEqual([
      [3, 'B1', 'other_operator', '"VNPT"'],
      [5, 'C1', 'other_operator', '"MobiFone"'],
    ]);
  });

  it('reads every operator without the option', async () => {
    const result = await importLayer(file, 'stations.csv', 'stations');
    expect(result.ok && result.report.imported).toBe(4);
  });

  it("rejects another operator's coverage areas", async () => {
    const square = [[[106, 21], [106.01, 21], [106.01, 21.01], [106, 21.01], [106, 21]]];
    const fc = {
      type: 'FeatureCollection',
      features: ['VNPT', 'Viettel'].map((operator) => ({ type: 'Feature', properties: { operator, tech: '4G' }, geometry: { type: 'Polygon', coordinates: square } })),
    };
    const result = await importLayer(csv(JSON.stringify(fc)), 'coverage.geojson', 'coverage', { operator: 'VNPT' });
    if (!result.ok) throw new Error(result.error);
    expect(result.layer.kind === 'coverage' && result.layer.coverage.map((c) => c.operator)).toEqual(['VNPT']);
    expect(result.report.reasons).toEqual({ other_operator: 1 });
  });
});
