/**
 * Writes ESRI Shapefile parts from readable values, record by record, so a test can make one record damaged: a
 * shape type not the file's, a point count its bytes cannot hold, a length past the end of the file.
 */
import { strToU8 } from 'fflate';

/** One .shp record: its shape type, its content after the type, and the length its header claims when not its own. */
export interface ShpRecord {
  type: number;
  content: Uint8Array;
  claimedBytes?: number;
}

/** A polygon's content (shape type 5): bounding box, part and point counts, part starts, points. */
export function polygonContent(rings: number[][][], claimedPoints?: number): Uint8Array {
  const points = rings.flat();
  const view = new DataView(new ArrayBuffer(40 + 4 * rings.length + 16 * points.length));
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].forEach((v, i) => view.setFloat64(i * 8, v, true));
  view.setInt32(32, rings.length, true);
  view.setInt32(36, claimedPoints ?? points.length, true);
  let first = 0;
  rings.forEach((ring, k) => {
    view.setInt32(40 + 4 * k, first, true);
    first += ring.length;
  });
  points.forEach(([x, y], i) => {
    view.setFloat64(40 + 4 * rings.length + i * 16, x!, true);
    view.setFloat64(48 + 4 * rings.length + i * 16, y!, true);
  });
  return new Uint8Array(view.buffer);
}

/** A point's content (shape type 1). */
export function pointContent(x: number, y: number): Uint8Array {
  const view = new DataView(new ArrayBuffer(16));
  view.setFloat64(0, x, true);
  view.setFloat64(8, y, true);
  return new Uint8Array(view.buffer);
}

/** A .shp of `fileType` holding `records`, and its .shx index (each record's start and claimed length). */
export function writeShp(fileType: number, records: ShpRecord[]): { shp: Uint8Array; shx: Uint8Array } {
  const total = 100 + records.reduce((n, r) => n + 12 + r.content.length, 0);
  const shp = new DataView(new ArrayBuffer(total));
  const shx = new DataView(new ArrayBuffer(100 + 8 * records.length));
  for (const [view, bytes] of [[shp, total], [shx, shx.byteLength]] as const) {
    view.setInt32(0, 9994);
    view.setInt32(24, bytes / 2);
    view.setInt32(28, 1000, true);
    view.setInt32(32, fileType, true);
    box(records).forEach((v, i) => view.setFloat64(36 + i * 8, v, true));
  }
  let at = 100;
  records.forEach((r, k) => {
    const words = (r.claimedBytes ?? 4 + r.content.length) / 2;
    shp.setInt32(at, k + 1);
    shp.setInt32(at + 4, words);
    shp.setInt32(at + 8, r.type, true);
    new Uint8Array(shp.buffer).set(r.content, at + 12);
    shx.setInt32(100 + 8 * k, at / 2);
    shx.setInt32(104 + 8 * k, words);
    at += 12 + r.content.length;
  });
  return { shp: new Uint8Array(shp.buffer), shx: new Uint8Array(shx.buffer) };
}

/** The box of all records (from each one's box, or its point): what the header of both files holds. */
function box(records: ShpRecord[]): number[] {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { type, content } of records) {
    const view = new DataView(content.buffer, content.byteOffset, content.byteLength);
    const own = type === 1 ? [0, 8, 0, 8] : [0, 8, 16, 24];
    if (content.length < (type === 1 ? 16 : 32)) continue;
    const [x0, y0, x1, y1] = own.map((o) => view.getFloat64(o, true));
    b[0] = Math.min(b[0]!, x0!);
    b[1] = Math.min(b[1]!, y0!);
    b[2] = Math.max(b[2]!, x1!);
    b[3] = Math.max(b[3]!, y1!);
  }
  return b.every(Number.isFinite) ? b : [0, 0, 0, 0];
}

/** A dBASE III table of text fields (name, width), one record per row, UTF-8 (a .cpg should say so). */
export function writeDbf(fields: [string, number][], records: string[][]): Uint8Array {
  const headerLen = 32 + fields.length * 32 + 1;
  const recordLen = 1 + fields.reduce((a, [, len]) => a + len, 0);
  const bytes = new Uint8Array(headerLen + records.length * recordLen + 1);
  const view = new DataView(bytes.buffer);
  bytes[0] = 3;
  view.setUint32(4, records.length, true);
  view.setUint16(8, headerLen, true);
  view.setUint16(10, recordLen, true);
  fields.forEach(([name, len], i) => {
    bytes.set(strToU8(name), 32 + i * 32);
    bytes[32 + i * 32 + 11] = 'C'.charCodeAt(0);
    bytes[32 + i * 32 + 16] = len;
  });
  bytes[headerLen - 1] = 0x0d;
  records.forEach((record, r) => {
    let o = headerLen + r * recordLen;
    bytes[o++] = 0x20;
    fields.forEach(([, len], i) => {
      const cell = new Uint8Array(len).fill(0x20);
      cell.set(strToU8(record[i]!).subarray(0, len));
      bytes.set(cell, o);
      o += len;
    });
  });
  bytes[bytes.length - 1] = 0x1a;
  return bytes;
}
