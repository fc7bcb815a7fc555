import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importLayer, type ImportResult } from '../../src/core/import/importLayer.ts';

async function read(text: string, name: string): Promise<Extract<ImportResult, { ok: true }>> {
  const r = await importLayer(strToU8(text), name, 'villages');
  if (!r.ok) throw new Error(r.error);
  expect(r.report.rows).toBe(r.report.imported + r.report.rejected);
  return r;
}

const placemark = (id: string, point: string) =>
  `<Placemark><name>Thôn ${id}</name><ExtendedData><Data name="village_id"><value>${id}</value></Data>` +
  `<Data name="commune_id"><value>07210</value></Data><Data name="population"><value>500</value></Data></ExtendedData>` +
  `<Point><coordinates>${point}</coordinates></Point></Placemark>`;

describe('a broken KML Placemark is a rejected row, and the rest of the file imports', () => {
  it('rejects a Placemark whose tags do not match, reads the others, and skips Placemarks in comments', async () => {
    const kml =
      '<?xml version="1.0" encoding="UTF-8"?><!-- made by hand --><kml xmlns="http://www.opengis.net/kml/2.2" xmlns:gx="http://www.google.com/kml/ext/2.2">' +
      `<Document><name>Placemark list</name>${placemark('K1', '106.07,21.18')}` +
      `<!-- ${placemark('OLD', '106.0,21.0')} -->` +
      '<Placemark><name>Thôn K2</nam><Point><coordinates>106.08,21.19</coordinates></Point></Placemark>' +
      `${placemark('K3', '106.09,21.2').replace('<name>', '<gx:balloonVisibility>1</gx:balloonVisibility><name>')}` +
      `${placemark('K4 &amp; &nbsp;', '106.1,21.21')}</Document></kml>`;
    const r = await read(kml, 'thon.kml');
    expect(r.report).toMatchObject({ rows: 4, imported: 3, rejected: 1 });
    expect(r.layer.kind === 'villages' && r.layer.villages.map((v) => v.id)).toEqual(['K1', 'K3', 'K4 & &nbsp;']);
    expect(r.report.issues.filter((i) => i.code === 'damaged_record').map((i) => [i.row, i.field])).toEqual([[2, 'Placemark']]);
    expect(r.report.issues[0]!.detail).toMatch(/tag mismatch/);
  });

  it('reads a Placemark left open at the end of the file as a rejected row', async () => {
    const kml = `<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemark('K1', '106.07,21.18')}<Placemark><name>K2</name>`;
    const r = await read(kml, 'thon.kml');
    expect(r.report).toMatchObject({ rows: 2, imported: 1, rejected: 1 });
  });
});
