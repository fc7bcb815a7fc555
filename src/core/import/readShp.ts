// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- shpjs ships no types; the reference makes every tsconfig that reaches this file see ours
/// <reference path="./shpjs.d.ts" />
import type { Geometry } from 'geojson';
import { parseShp } from 'shpjs';
import type { RowFault } from './table.ts';

/** Each record of a .shp: its geometry (null for a null shape or a damaged record) and the fault of a damaged one. */
export interface ShpRecords {
  geometries: (Geometry | null)[];
  faults: (RowFault | null)[];
}

/** Shape types read (2D, Z and M variants of point, polyline, polygon, multipoint); 0 is the null shape. */
const KNOWN_TYPES = new Set([1, 3, 5, 8, 11, 13, 15, 18, 21, 23, 25, 28]);
const HEADER_BYTES = 100;

/**
 * Reads a .shp record by record, so that one damaged record (a shape type not the file's, fewer bytes than its
 * point count needs, a length past the end of the file) is a fault of its own row and the others are read. Where
 * each record starts comes from the .shx index when it is sound, else from walking the records: a length past the
 * end then ends the walk (the records after it cannot be found without the index). Each sound record is handed to
 * shpjs alone, which builds its GeoJSON (rings into polygons with their holes). Throws an `Error` only when the
 * file itself is not a .shp (no header, a shape type no reader knows). Does not mutate its arguments.
 */
export function readShpRecords(shp: Uint8Array, shx?: Uint8Array): ShpRecords {
  const view = new DataView(shp.buffer, shp.byteOffset, shp.byteLength);
  if (shp.length < HEADER_BYTES || view.getInt32(0) !== 9994) throw new Error('not a .shp file (no Shapefile header)');
  const fileType = view.getInt32(32, true);
  if (fileType !== 0 && !KNOWN_TYPES.has(fileType)) throw new Error(`shape type ${fileType} is not read`);
  const header = shp.subarray(0, HEADER_BYTES);
  const geometries: (Geometry | null)[] = [];
  const faults: (RowFault | null)[] = [];
  const add = (geometry: Geometry | null, fault: RowFault | null) => {
    geometries.push(geometry);
    faults.push(fault);
  };
  const starts = shxStarts(shx, shp.length);
  if (starts) {
    starts.forEach((at, k) => {
      const r = readRecord(shp, view, header, fileType, at, k + 1);
      add(r.geometry, r.fault);
    });
    return { geometries, faults };
  }
  for (let at = HEADER_BYTES, n = 1; at + 8 <= shp.length; n++) {
    const r = readRecord(shp, view, header, fileType, at, n);
    add(r.geometry, r.fault);
    if (r.next === null) break;
    at = r.next;
  }
  return { geometries, faults };
}

/** Record starts from a .shx whose header and size are sound (offsets past the .shp are the records' own faults). */
function shxStarts(shx: Uint8Array | undefined, shpLength: number): number[] | null {
  if (!shx || shx.length < HEADER_BYTES || (shx.length - HEADER_BYTES) % 8 !== 0) return null;
  const view = new DataView(shx.buffer, shx.byteOffset, shx.byteLength);
  if (view.getInt32(0) !== 9994) return null;
  const starts: number[] = [];
  for (let at = HEADER_BYTES; at < shx.length; at += 8) starts.push(view.getInt32(at) * 2);
  // An index that points nowhere in the .shp is not this file's: walk the records instead.
  return starts.every((s) => s >= HEADER_BYTES && s < shpLength) ? starts : null;
}

const damaged = (n: number, detail: string): RowFault => ({ reason: 'damaged_record', field: 'shape', detail: `record ${n}: ${detail}` });

/** One record at `at`: its geometry or fault, and where the next record starts (null when its length is unusable). */
function readRecord(
  shp: Uint8Array, view: DataView, header: Uint8Array, fileType: number, at: number, n: number,
): { geometry: Geometry | null; fault: RowFault | null; next: number | null } {
  if (at + 12 > shp.length) return { geometry: null, fault: damaged(n, 'cut short before its header ends'), next: null };
  const length = view.getInt32(at + 4) * 2;
  if (length < 4 || at + 8 + length > shp.length) {
    return { geometry: null, fault: damaged(n, `its length (${length} bytes) runs past the end of the .shp`), next: null };
  }
  const next = at + 8 + length;
  const type = view.getInt32(at + 8, true);
  if (type === 0) return { geometry: null, fault: null, next };
  if (type !== fileType) return { geometry: null, fault: damaged(n, `shape type ${type} in a file of shape type ${fileType}`), next };
  const short = shortBy(view, at + 12, length - 4, type % 10);
  if (short) return { geometry: null, fault: damaged(n, short), next };
  const one = new Uint8Array(HEADER_BYTES + 8 + length);
  one.set(header);
  one.set(shp.subarray(at, next), HEADER_BYTES);
  try {
    return { geometry: parseShp(one, false)[0] ?? null, fault: null, next };
  } catch (e) {
    // Z and M values past the end: the counts fitted the 2D part only.
    return { geometry: null, fault: damaged(n, e instanceof Error ? e.message : String(e)), next };
  }
}

/**
 * Why a record's content of `bytes` cannot hold what its counts say, or null. `base` is the 2D type: 1 point,
 * 3 polyline, 5 polygon, 8 multipoint.
 */
function shortBy(view: DataView, at: number, bytes: number, base: number): string | null {
  const need = (what: string, n: number) => (n > bytes ? `${what} need ${n} bytes, the record holds ${bytes}` : null);
  if (base === 1) return need('a point', 16);
  if (bytes < 40) return need('its bounding box and count', 40);
  if (base === 8) {
    const points = view.getInt32(at + 32, true);
    return points < 0 ? `${points} points` : need(`${points} points`, 36 + 16 * points);
  }
  if (bytes < 44) return need('its bounding box and counts', 44);
  const parts = view.getInt32(at + 32, true);
  const points = view.getInt32(at + 36, true);
  if (parts < 0 || points < 0) return `${parts} parts of ${points} points`;
  const short = need(`${parts} parts of ${points} points`, 40 + 4 * parts + 16 * points);
  if (short) return short;
  let previous = 0;
  for (let k = 0; k < parts; k++) {
    const first = view.getInt32(at + 40 + 4 * k, true);
    if (first < previous || first > points) return `part ${k + 1} starts at point ${first} of ${points}`;
    previous = first;
  }
  return null;
}
