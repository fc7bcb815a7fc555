import { Unzip, UnzipInflate } from 'fflate';

export interface UnzipLimits {
  /** Entries in the archive, wanted or not. */
  maxEntries: number;
  /** Bytes one wanted entry may inflate to. */
  maxEntryBytes: number;
  /** Bytes all wanted entries may inflate to together. */
  maxTotalBytes: number;
}

/** Compressed bytes handed to the inflater at a time: deflate expands at most ~1,032×, so a step makes ≤ 17 MB. */
const STEP = 16 * 1024;

/**
 * The entries of a zip archive that `wanted` names, inflated in small steps with their sizes counted as they grow:
 * an archive past a limit stops there (a declared size can lie, so it is not trusted). Returns the files, or why
 * the archive was refused. Never throws on input.
 */
export function unzipBounded(
  bytes: Uint8Array,
  wanted: (name: string) => boolean,
  limits: UnzipLimits,
): { files: Map<string, Uint8Array> } | { error: string } {
  const files = new Map<string, Uint8Array>();
  let entries = 0;
  let total = 0;
  let error: string | null = null;
  const unzip = new Unzip((file) => {
    if (error !== null) return;
    if (++entries > limits.maxEntries) {
      error = `more than ${limits.maxEntries} entries in the archive`;
      return;
    }
    if (!wanted(file.name)) return;
    if (file.compression !== 0 && file.compression !== 8) {
      error = `${file.name}: compression method ${file.compression} is not supported`;
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (err, chunk, final) => {
      if (error !== null) return;
      if (err) {
        error = `${file.name}: ${err.message}`;
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes) error = `${file.name} inflates past ${megabytes(limits.maxEntryBytes)}`;
      else if (total > limits.maxTotalBytes) error = `the archive inflates past ${megabytes(limits.maxTotalBytes)}`;
      if (error !== null) {
        file.terminate();
        return;
      }
      chunks.push(chunk);
      if (final) files.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  try {
    for (let i = 0; i < bytes.length && error === null; i += STEP) {
      unzip.push(bytes.subarray(i, Math.min(bytes.length, i + STEP)), i + STEP >= bytes.length);
    }
  } catch (e) {
    error ??= `not a readable zip archive (${e instanceof Error ? e.message : String(e)})`;
  }
  return error === null ? { files } : { error };
}

/** A size as people read it: MB from 1 MB up, KB below. */
export const megabytes = (bytes: number) => (bytes >= 2 ** 20 ? `${Math.round(bytes / 2 ** 20)} MB` : `${Math.ceil(bytes / 1024)} KB`);

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
