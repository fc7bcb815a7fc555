/**
 * Hostile and broken files, made on the spot in a folder (the large ones are never committed): what probing the
 * importer with bad files found (issue 14). Each maker returns the file's path; `HOSTILE_FILES` lists them with
 * what `check` must answer.
 */
import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { Zip, ZipDeflate, zipSync, strToU8 } from 'fflate';
import { createRandomRing, createTwistedSpikes } from '../../bench/crossingRings.ts';

const MiB = 2 ** 20;

/** A zip of one deflated member written from raw deflate pieces: local header, data, central directory, end. */
function writeZipOfPieces(path: string, name: string, pieces: { bytes: Uint8Array; times: number }[], crc: number, size: number): void {
  const nameBytes = strToU8(name);
  const compressed = pieces.reduce((n, p) => n + p.bytes.length * p.times, 0);
  const header = (central: boolean) => {
    const b = Buffer.alloc(central ? 46 : 30);
    let i = 0;
    b.writeUInt32LE(central ? 0x02014b50 : 0x04034b50, i); i += 4;
    if (central) { b.writeUInt16LE(20, i); i += 2; }
    b.writeUInt16LE(20, i); i += 2; // version needed
    b.writeUInt16LE(0, i); i += 2; // flags
    b.writeUInt16LE(8, i); i += 2; // deflate
    b.writeUInt32LE(0, i); i += 4; // time, date
    b.writeUInt32LE(crc >>> 0, i); i += 4;
    b.writeUInt32LE(compressed, i); i += 4;
    b.writeUInt32LE(size >>> 0, i); i += 4;
    b.writeUInt16LE(nameBytes.length, i); i += 2;
    b.writeUInt16LE(0, i); i += 2; // extra
    if (central) {
      b.writeUInt16LE(0, i); i += 2; // comment
      b.writeUInt32LE(0, i); i += 4; // disk, internal attributes
      b.writeUInt32LE(0, i); i += 4; // external attributes
      b.writeUInt32LE(0, i); // local header offset
    }
    return b;
  };
  const fd = openSync(path, 'w');
  writeSync(fd, header(false));
  writeSync(fd, nameBytes);
  for (const p of pieces) for (let k = 0; k < p.times; k++) writeSync(fd, p.bytes);
  const centralAt = 30 + nameBytes.length + compressed;
  writeSync(fd, header(true));
  writeSync(fd, nameBytes);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(centralAt, 16);
  writeSync(fd, end);
  closeSync(fd);
}

/** A KMZ of about 1.5 MB whose doc.kml expands to `mib` MiB (1.5 GB by default): a KML padded with blank space. */
export function makeKmzBomb(dir: string, mib = 1500): string {
  const head = strToU8('<?xml version="1.0"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document>');
  const tail = strToU8('<Placemark><name>T1</name><Point><coordinates>106.07,21.18</coordinates></Point></Placemark></Document></kml>');
  const pad = new Uint8Array(MiB).fill(0x20);
  const piece = (b: Uint8Array) => deflateRawSync(b, { finishFlush: constants.Z_SYNC_FLUSH });
  let crc = crc32(head);
  for (let k = 0; k < mib; k++) crc = crc32(pad, crc);
  crc = crc32(tail, crc);
  const path = join(dir, 'bomb.kmz');
  writeZipOfPieces(path, 'doc.kml', [
    { bytes: piece(head), times: 1 },
    { bytes: piece(pad), times: mib },
    { bytes: piece(tail), times: 1 },
    { bytes: new Uint8Array([3, 0]), times: 1 },
  ], crc, head.length + mib * MiB + tail.length);
  return path;
}

/**
 * A KMZ of `count` villages as Placemarks (about 330 bytes of KML each), deflated as a KML compresses (about 10:1):
 * large within the limits, so it is read whole.
 */
export function makeLargeKmz(dir: string, count: number): string {
  const path = join(dir, `villages-${count}.kmz`);
  writeLargeZip(path, {}, {
    name: 'doc.kml',
    head: '<?xml version="1.0" encoding="UTF-8"?><kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Thôn</name>',
    from: 1,
    to: count,
    line: (i) => {
      const [lat, lon] = spread(i);
      return `<Placemark><name>Thôn ${i}</name><ExtendedData><Data name="village_id"><value>T${i}</value></Data>` +
        `<Data name="commune_id"><value>07210</value></Data><Data name="population"><value>${500 + (i % 900)}</value></Data></ExtendedData>` +
        `<Point><coordinates>${lon},${lat}</coordinates></Point></Placemark>\n`;
    },
    tail: '</Document></kml>',
  });
  return path;
}

/** Latitude and longitude of the `i`th made point, spread over Bắc Ninh. */
function spread(i: number): [string, string] {
  return [(20.9 + ((i * 7919) % 60000) / 100000).toFixed(5), (105.9 + ((i * 104729) % 60000) / 100000).toFixed(5)];
}

/**
 * Writes a zip of `small` members and one large member (`head`, a line for each of `from`..`to`, `tail`), deflated
 * a megabyte at a time as it is made, so that a file of hundreds of megabytes is never held.
 */
function writeLargeZip(
  path: string,
  small: Record<string, string>,
  large: { name: string; head: string; from: number; to: number; line: (i: number) => string; tail: string },
): void {
  const fd = openSync(path, 'w');
  const zip = new Zip((err, data) => {
    if (err) throw err;
    writeSync(fd, data);
  });
  for (const [name, text] of Object.entries(small)) {
    const f = new ZipDeflate(name, { level: 1 });
    zip.add(f);
    f.push(strToU8(text), true);
  }
  const member = new ZipDeflate(large.name, { level: 1 });
  zip.add(member);
  let chunk = large.head;
  for (let i = large.from; i <= large.to; i++) {
    chunk += large.line(i);
    if (chunk.length > 1 << 20) {
      member.push(strToU8(chunk));
      chunk = '';
    }
  }
  member.push(strToU8(`${chunk}${large.tail}`), true);
  zip.end();
  closeSync(fd);
}

/** A zipped Shapefile of one point whose .dbf claims 2^31 records. */
export function makeShapefileClaiming(dir: string): string {
  const shp = Buffer.alloc(100 + 8 + 20);
  shp.writeInt32BE(9994, 0);
  shp.writeInt32BE(shp.length / 2, 24);
  shp.writeInt32LE(1000, 28);
  shp.writeInt32LE(1, 32);
  shp.writeInt32BE(1, 100);
  shp.writeInt32BE(10, 104);
  shp.writeInt32LE(1, 108);
  shp.writeDoubleLE(106.07, 112);
  shp.writeDoubleLE(21.18, 120);
  const dbf = Buffer.alloc(32 + 32 + 1 + 11 + 1);
  dbf[0] = 3;
  dbf.writeUInt32LE(2 ** 31, 4);
  dbf.writeUInt16LE(65, 8);
  dbf.writeUInt16LE(11, 10);
  dbf.write('NAME', 32, 'latin1');
  dbf[43] = 'C'.charCodeAt(0);
  dbf[48] = 10;
  dbf[64] = 0x0d;
  dbf.write(' Thon Mot  ', 65, 'latin1');
  dbf[76] = 0x1a;
  const path = join(dir, 'claims-2e31.zip');
  writeFileSync(path, zipSync({ 'thon.shp': shp, 'thon.dbf': dbf }));
  return path;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Trạm" sheetId="1" r:id="rId1"/></sheets></workbook>';
const WORKBOOK_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
const SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';

/** A 2 KB workbook whose one cell stands at XFD1048576, its declared dimension the whole sheet. */
export function makeStrayCellWorkbook(dir: string): string {
  const sheet = `${SHEET_HEAD}<dimension ref="A1:XFD1048576"/><sheetData><row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData></worksheet>`;
  const path = join(dir, 'stray-cell.xlsx');
  writeFileSync(path, zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES), '_rels/.rels': strToU8(ROOT_RELS), 'xl/workbook.xml': strToU8(WORKBOOK),
    'xl/_rels/workbook.xml.rels': strToU8(WORKBOOK_RELS), 'xl/worksheets/sheet1.xml': strToU8(sheet),
  }));
  return path;
}

/**
 * A workbook of `rows` rows (the header included) of stations, streamed into the zip as it is written: 1,048,576
 * rows is Excel's whole sheet.
 */
export function makeLargeWorkbook(dir: string, rows: number): string {
  const path = join(dir, `stations-${rows}.xlsx`);
  const text = (ref: string, t: string) => `<c r="${ref}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const operators = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'];
  writeLargeZip(path, {
    '[Content_Types].xml': CONTENT_TYPES, '_rels/.rels': ROOT_RELS, 'xl/workbook.xml': WORKBOOK, 'xl/_rels/workbook.xml.rels': WORKBOOK_RELS,
  }, {
    name: 'xl/worksheets/sheet1.xml',
    head: `${SHEET_HEAD}<sheetData><row r="1">${['Mã trạm', 'Nhà mạng', 'Vĩ độ', 'Kinh độ', 'Công nghệ'].map((h, i) => text(`${'ABCDE'[i]}1`, h)).join('')}</row>`,
    from: 2,
    to: rows,
    line: (r) => {
      const [lat, lon] = spread(r);
      return `<row r="${r}">${text(`A${r}`, `BN${r}`)}${text(`B${r}`, operators[r % 4]!)}<c r="C${r}"><v>${lat}</v></c><c r="D${r}"><v>${lon}</v></c>${text(`E${r}`, '4G')}</row>`;
    },
    tail: '</sheetData></worksheet>',
  });
  return path;
}

/** Stations whose latitude, longitude, technology and height cells are `digits` digits long, beside sound rows. */
export function makeDigitsCsv(dir: string, digits = 200_000): string {
  const long = '9'.repeat(digits);
  const path = join(dir, 'digits.csv');
  writeFileSync(path, [
    'station_id,operator,lat,lon,tech,height_m',
    'S1,Viettel,21.18,106.07,4G,30',
    `S2,Viettel,${long},106.07,4G,30`,
    `S3,Viettel,21.18,${long},4G,30`,
    `S4,Viettel,21.18,106.07,${long},30`,
    `S5,Viettel,21.18,106.07,4G,${long}`,
    `S6,Viettel,21.1${'1'.repeat(30_000)},106.07,4G,30`,
  ].join('\n'));
  return path;
}

/** Five stations whose lines end in CRLF, LF and CR mixed, as copying between Excel and editors leaves them. */
export function makeMixedLineEndings(dir: string): string {
  const path = join(dir, 'mixed-endings.csv');
  writeFileSync(path, 'station_id,operator,lat,lon,tech\r\nS1,Viettel,21.18,106.07,4G\nS2,VNPT,21.19,106.07,4G\rS3,VNPT,21.20,106.07,4G\r\nS4,MobiFone,21.21,106.07,4G\rS5,Viettel,21.22,106.07,4G\n');
  return path;
}

/** Stations as GeoJSON: two sound, the others with coordinates as strings, "abc", nested 100,000 deep, not a feature. */
export function makeBrokenGeoJson(dir: string): string {
  const f = (id: string, coordinates: string) =>
    `{"type":"Feature","properties":{"station_id":"${id}","operator":"Viettel","tech":"4G"},"geometry":{"type":"Point","coordinates":${coordinates}}}`;
  const deep = `${'['.repeat(100_000)}1${']'.repeat(100_000)}`;
  const path = join(dir, 'broken.geojson');
  writeFileSync(path, `{"type":"FeatureCollection","features":[${[
    f('G1', '[106.07,21.18]'), f('G2', '["106.07","21.18"]'), f('G3', '"abc"'), f('G4', deep), 'null', f('G5', '[106.08,21.19]'),
  ].join(',')}]}`);
  return path;
}

/** Communes as GeoJSON: a sound square beside one whose ring is `ring` (3,000 twisted spikes, or random vertices). */
export function makeCrossingCommunes(dir: string, name: string, ring: number[][]): string {
  const feature = (code: string, coordinates: number[][]) =>
    ({ type: 'Feature', properties: { code, name: `Xã ${code}` }, geometry: { type: 'Polygon', coordinates: [coordinates] } });
  const square = [[106.3, 21.3], [106.35, 21.3], [106.35, 21.35], [106.3, 21.35], [106.3, 21.3]];
  const path = join(dir, `${name}.geojson`);
  writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', features: [feature('00001', square), feature('00002', ring)] }));
  return path;
}

export interface HostileFile {
  name: string;
  make(dir: string): string;
  /** Extra arguments of `check`. */
  args?: string[];
  /** The outcome: a failure's words, or the rows accounted for. */
  expect: { error: RegExp } | { rows: number; imported: number };
  /** Too slow to make and read on every test run (a benchmark's only). */
  benchOnly?: boolean;
}

export const HOSTILE_FILES: HostileFile[] = [
  { name: 'KMZ expanding to 1.5 GB', make: makeKmzBomb, expect: { error: /doc\.kml passes the limit on compression ratio \(100:1\).*--max-zip-ratio/ } },
  // 29 MB of KML within the limits: a DOM of the whole text took 2.9 GB; one Placemark at a time, about 300 MB.
  { name: 'KMZ of 100,000 villages', make: (dir) => makeLargeKmz(dir, 100_000), args: ['--kind', 'villages'], expect: { rows: 100_000, imported: 100_000 } },
  { name: 'shapefile claiming 2^31 records', make: makeShapefileClaiming, expect: { error: /thon\.dbf claims 2147483648 records but has room for 1/ } },
  { name: '2 KB workbook with a cell at XFD1048576', make: makeStrayCellWorkbook, args: ['--kind', 'stations'], expect: { error: /no column for/ } },
  { name: '200,000-digit cells', make: makeDigitsCsv, expect: { rows: 6, imported: 1 } },
  { name: 'mixed line endings', make: makeMixedLineEndings, expect: { rows: 5, imported: 5 } },
  { name: 'broken GeoJSON', make: makeBrokenGeoJson, args: ['--kind', 'stations'], expect: { rows: 6, imported: 2 } },
  { name: '200,000-row workbook', make: (dir) => makeLargeWorkbook(dir, 200_001), expect: { rows: 200_000, imported: 200_000 } },
  { name: '3,000-spike self-crossing commune', make: (dir) => makeCrossingCommunes(dir, 'spikes', createTwistedSpikes(3000)), args: ['--kind', 'communes'], expect: { rows: 2, imported: 2 } },
  // Half a million crossings: past the repair budget, so the feature is rejected and the square imported.
  { name: 'commune of 2,000 vertices joined at random', make: (dir) => makeCrossingCommunes(dir, 'random', createRandomRing(2000)), args: ['--kind', 'communes'], expect: { rows: 2, imported: 1 } },
  { name: '1,048,576-row workbook', make: (dir) => makeLargeWorkbook(dir, 1_048_576), expect: { rows: 1_048_575, imported: 1_048_575 }, benchOnly: true },
];
