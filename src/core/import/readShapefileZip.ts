// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- shpjs ships no types; the reference makes every tsconfig that reaches this file see ours
/// <reference path="./shpjs.d.ts" />
import type { FeatureCollection } from 'geojson';
import { parseDbf } from 'shpjs';
import type { ImportFailure } from './importFailure.ts';
import { resolveLimits, type ImportLimits } from './importLimits.ts';
import { readShpRecords } from './readShp.ts';
import { InflateBudget, inflateWhole, listZip } from './readZip.ts';
import type { RowFault } from './table.ts';
import { crsFromPrj, type CrsName } from './vn2000.ts';

/**
 * Reads a zipped Shapefile (.shp with its .dbf, .prj and .cpg) into features in the file's own coordinates, with
 * the system its .prj names. Members are inflated within `limits`; a .dbf claiming more records than its size
 * holds is a failure before any is read (the reader would otherwise make them all: 2^31 empty records from a
 * 1 KB file). A damaged .shp record is a fault of its row (`readShpRecords`), and a .dbf record with no shape left
 * in the .shp is one too: there are as many features as the longer of the two lists, so every record a person
 * sees in the table is a row imported or rejected. Does not mutate `bytes`.
 */
export function readShapefileZip(
  bytes: Uint8Array,
  limits: Partial<ImportLimits> = {},
): { fc: FeatureCollection; crs: CrsName | null; faults: (RowFault | null)[] } | { failure: ImportFailure } {
  const entries = (listZip(bytes) ?? []).filter((e) => !e.name.includes('__MACOSX'));
  const shpEntry = entries.find((e) => /\.shp$/i.test(e.name));
  if (!shpEntry) return { failure: { code: 'no_shp_in_zip' } };
  const base = shpEntry.name.slice(0, -4).toLowerCase();
  const budget = new InflateBudget(resolveLimits(limits));
  const part = (ext: string) => {
    const entry = entries.find((e) => e.name.toLowerCase() === `${base}.${ext}`);
    return entry ? inflateWhole(bytes, entry, budget) : undefined;
  };
  const shp = part('shp')!;
  const shx = part('shx');
  const dbf = part('dbf');
  const prj = part('prj');
  const cpg = part('cpg');
  if (dbf) {
    const fault = checkDbf(dbf, `${shpEntry.name.slice(0, -4)}.dbf`);
    if (fault) return { failure: fault };
  }
  const shapes = readShpRecords(shp, shx);
  const records = dbf ? parseDbf(dbf, cpg ? new TextDecoder().decode(cpg).trim() : 'utf-8') : [];
  const count = Math.max(shapes.geometries.length, records.length);
  const faults = Array.from({ length: count }, (_, i): RowFault | null =>
    i < shapes.geometries.length ? shapes.faults[i]! : { reason: 'damaged_record', field: 'shape', detail: `record ${i + 1}: no shape left in the .shp` },
  );
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: Array.from({ length: count }, (_, i) => ({ type: 'Feature', geometry: shapes.geometries[i] ?? null, properties: records[i] ?? {} })) as FeatureCollection['features'],
  };
  return { fc, crs: prj ? crsFromPrj(new TextDecoder().decode(prj)) : null, faults };
}

/** A failure when the .dbf header claims more records than the bytes after its header can hold. */
export function checkDbf(dbf: Uint8Array, name: string): ImportFailure | null {
  if (dbf.length < 32) return { code: 'shapefile_records', part: name, claimed: 0, room: 0 };
  const view = new DataView(dbf.buffer, dbf.byteOffset, dbf.byteLength);
  const claimed = view.getUint32(4, true);
  const headerLength = view.getUint16(8, true);
  const recordLength = view.getUint16(10, true);
  const room = recordLength > 0 ? Math.max(0, Math.floor((dbf.length - headerLength) / recordLength)) : 0;
  return claimed > room ? { code: 'shapefile_records', part: name, claimed, room } : null;
}
