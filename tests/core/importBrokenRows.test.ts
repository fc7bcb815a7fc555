import { describe, expect, it } from 'vitest';
import { importLayer, type ImportResult } from '../../src/core/import/importLayer.ts';

const encode = (text: string) => new TextEncoder().encode(text);
const point = (id: string, coordinates: unknown, extra: object = {}) =>
  ({ type: 'Feature', properties: { station_id: id, operator: 'Viettel', tech: '4G', ...extra }, geometry: { type: 'Point', coordinates } });

async function read(text: string, name: string): Promise<Extract<ImportResult, { ok: true }>> {
  const r = await importLayer(encode(text), name);
  if (!r.ok) throw new Error(r.error);
  return r;
}

const nested = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;

describe('broken features are rejected rows, and the rest import', () => {
  it('rejects coordinates given as strings or as "abc", non-features and deep nesting, each with its reason', async () => {
    const features = [
      JSON.stringify(point('ok1', [106.07, 21.18])),
      JSON.stringify(point('strings', ['106.07', '21.18'])),
      JSON.stringify(point('abc', 'abc')),
      '42',
      `{"type":"Feature","properties":{"station_id":"deep","operator":"Viettel","tech":"4G","x":${nested(5000)}},"geometry":{"type":"Point","coordinates":[106.1,21.2]}}`,
      `{"type":"Feature","properties":{"station_id":"deepgeom","operator":"Viettel","tech":"4G"},"geometry":{"type":"Point","coordinates":${nested(5000)}}}`,
      JSON.stringify(point('ok2', [106.08, 21.19])),
    ];
    const r = await read(`{"type":"FeatureCollection","features":[${features.join(',')}]}`, 'broken.geojson');
    expect(r.kind).toBe('stations');
    expect(r.report).toMatchObject({ rows: 7, imported: 2, rejected: 5 });
    expect(r.layer.kind === 'stations' && r.layer.stations.map((s) => s.id)).toEqual(['ok1', 'ok2']);
    expect(r.report.issues.map((i) => [i.row, i.field, i.code])).toEqual([
      [2, 'geometry', 'invalid_geometry'],
      [3, 'geometry', 'invalid_geometry'],
      [4, 'feature', 'invalid_geometry'],
      [5, 'x', 'nesting_too_deep'],
      [6, 'geometry', 'invalid_geometry'],
    ]);
    expect(r.report.issues[0]!.detail).toBe('Point: ["106.07","21.18"]');
  });

  it('rejects a feature whose metres reproject to no finite degrees', async () => {
    const crs = '"crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3405"}}';
    const features = [JSON.stringify(point('ok', [590_000, 2_343_000])), JSON.stringify(point('huge', [1e308, 1e308]))];
    const r = await read(`{"type":"FeatureCollection",${crs},"features":[${features.join(',')}]}`, 'vn2000.geojson');
    expect(r.layer.kind === 'stations' && r.layer.stations.map((s) => s.id)).toEqual(['ok']);
    expect(r.report.issues.map((i) => [i.row, i.code])).toEqual([[2, 'invalid_geometry']]);
  });

  it('reads a file nested 100,000 levels deep as a failure or rows, never a throw', async () => {
    const r = await importLayer(encode(`{"type":"FeatureCollection","features":[${nested(100_000)}]}`), 'deep.geojson', 'stations');
    expect(r.ok ? r.report.rejected : r.error).toBeTruthy();
  });

  it('rejects a village whose population is 1e400, leaves out a radius of 1e400 with a warning and rejects a negative height', async () => {
    const villages = 'Mã thôn,Tên thôn,Mã xã,Vĩ độ,Kinh độ,Dân số\nT1,Một,07210,21.18,106.07,1e400\nT2,Hai,07210,21.19,106.08,850\n';
    const v = await read(villages, 'thon.csv');
    expect(v.report.issues.map((i) => [i.row, i.field, i.code, i.detail])).toEqual([[2, 'Dân số', 'implausible_number', '"1e400"']]);
    expect(v.layer.kind === 'villages' && v.layer.villages.map((x) => x.population)).toEqual([850]);

    const stations = 'station_id,operator,lat,lon,tech,height_m,radius_4g_m\nS1,Viettel,21.18,106.07,4G,30,1e400\nS2,Viettel,21.18,106.07,4G,-30,\n';
    const s = await read(stations, 'tram.csv');
    expect(s.layer.kind === 'stations' && s.layer.stations).toMatchObject([{ id: 'S1', heightM: 30, radiusM: {} }]);
    expect(s.report.warningCodes).toEqual({ implausible_number_ignored: 1 });
    // The radio model needs a height above 0 (issue #10): a negative one rejects the row with its reason.
    expect(s.report.issues.filter((i) => i.code === 'invalid_height').map((i) => [i.row, i.field, i.detail])).toEqual([[3, 'height_m', '"-30"']]);
  });

  it('rejects a row with a cell past the cell-length limit, naming the column and the limit', async () => {
    const digits = '1'.repeat(200_000);
    const text = `station_id,operator,lat,lon,tech\nS1,Viettel,${digits},106.07,4G\nS2,Viettel,21.18,106.07,4G\nS3,Viettel,21.1${'1'.repeat(100)},106.07,4G\n`;
    const r = await read(text, 'digits.csv');
    expect(r.report.issues.map((i) => [i.row, i.field, i.code, i.detail.slice(0, 20)])).toEqual([
      [2, 'lat', 'cell_too_long', '200000 > 32767'],
      [4, 'lat', 'unreadable_coordinates', `"21.1${'1'.repeat(15)}`],
    ]);
    const small = await importLayer(encode(text), 'digits.csv', 'stations', { limits: { maxCellChars: 10 } });
    expect(small.ok && small.report.reasons).toEqual({ cell_too_long: 2 });
  });
});
