import { Inflate } from 'fflate';
import { ImportLimitError, RATIO_FLOOR_BYTES, type ImportLimits } from './importLimits.ts';

/** One member of a zip archive, as its central directory lists it. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are not read. */
  method: number;
  compressedSize: number;
  /** Offset of the member's local header. */
  offset: number;
}

const u16 = (b: Uint8Array, i: number) => b[i]! | (b[i + 1]! << 8);
const u32 = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;

/**
 * The members of a zip archive from its central directory, without inflating anything; null when `bytes` is not
 * a zip (no end-of-directory record) or its directory runs past the end. Names are read as UTF-8.
 */
export function listZip(bytes: Uint8Array): ZipEntry[] | null {
  // The end record is 22 bytes plus a comment of at most 65,535.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 65_535); i--) {
    if (u32(bytes, i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const count = u16(bytes, end + 10);
  let at = u32(bytes, end + 16);
  const names = new TextDecoder();
  const entries: ZipEntry[] = [];
  for (let k = 0; k < count; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) return null;
    const nameLength = u16(bytes, at + 28);
    const skip = nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (at + 46 + skip > bytes.length) return null;
    entries.push({
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      offset: u32(bytes, at + 42),
    });
    at += 46 + skip;
  }
  return entries;
}

/** Inflated bytes counted across the members of one archive, against the limits. */
export class InflateBudget {
  private used = 0;
  constructor(readonly limits: Pick<ImportLimits, 'maxUnzippedBytes' | 'maxZipRatio'>) {}

  /** Counts `n` more bytes of `entry` (of which `sofar` came before); throws `ImportLimitError` past a limit. */
  take(entry: ZipEntry, sofar: number, n: number): void {
    this.used += n;
    if (this.used > this.limits.maxUnzippedBytes) throw new ImportLimitError('maxUnzippedBytes', this.limits.maxUnzippedBytes, entry.name);
    const out = sofar + n;
    if (out > RATIO_FLOOR_BYTES && out > this.limits.maxZipRatio * Math.max(1, entry.compressedSize)) {
      throw new ImportLimitError('maxZipRatio', this.limits.maxZipRatio, entry.name);
    }
  }
}

/** Input slice pushed to the inflater at a time: at most about 16 MB comes out of one (deflate's ratio is 1032). */
const SLICE = 16 * 1024;

/**
 * Inflates one member, handing each piece to `onChunk` as it comes, and stops as soon as `budget` is exceeded
 * (throwing `ImportLimitError`): a member that would expand to gigabytes is never held. Throws an `Error` for a
 * member that is damaged or compressed in a way zip readers rarely meet (not stored or deflated).
 */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, onChunk: (chunk: Uint8Array) => void): void {
  const local = entry.offset;
  if (local + 30 > bytes.length || u32(bytes, local) !== 0x04034b50) throw new Error(`${entry.name}: damaged archive`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const data = bytes.subarray(start, Math.min(bytes.length, start + entry.compressedSize));
  let sofar = 0;
  const take = (chunk: Uint8Array) => {
    budget.take(entry, sofar, chunk.length);
    sofar += chunk.length;
    onChunk(chunk);
  };
  if (entry.method === 0) {
    for (let i = 0; i < data.length; i += SLICE) take(data.subarray(i, i + SLICE));
    return;
  }
  if (entry.method !== 8) throw new Error(`${entry.name}: compression method ${entry.method} is not supported`);
  const inflate = new Inflate((chunk) => take(chunk));
  if (data.length === 0) inflate.push(data, true);
  for (let i = 0; i < data.length; i += SLICE) inflate.push(data.subarray(i, i + SLICE), i + SLICE >= data.length);
}

/** One member inflated whole (within `budget`). */
export function inflateWhole(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  inflateEntry(bytes, entry, budget, (c) => {
    chunks.push(c);
    length += c.length;
  });
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
