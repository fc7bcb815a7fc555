import type { ImportFailure } from './importFailure.ts';
import { resolveLimits, type ImportLimits } from './importLimits.ts';
import type { TableContext, TableFound } from './readImportTable.ts';
import type { Table } from './table.ts';

/** Whether the bytes are an Apache Parquet file: "PAR1" at both ends. */
export function isParquet(bytes: Uint8Array): boolean {
  const n = bytes.length;
  const magic = (i: number) => bytes[i] === 0x50 && bytes[i + 1] === 0x41 && bytes[i + 2] === 0x52 && bytes[i + 3] === 0x31;
  return n >= 12 && magic(0) && magic(n - 4);
}

/**
 * A Parquet file (Ookla publishes its speed tiles so) as a table of text cells, by hyparquet (pure JavaScript, no
 * dependencies, loaded on first use). Bounded before anything is decompressed: the columns' uncompressed sizes
 * the footer states must stay within `maxUnzippedBytes`, and rows times columns within `maxCells`. Binary cells
 * (a WKB geometry) are left empty: tiles are placed by their quadkey.
 */
export async function readParquetTable(
  bytes: Uint8Array,
  fileName: string,
  given: Partial<ImportLimits> = {},
): Promise<{ table: Table; format: 'parquet'; limits: ImportLimits; found: TableFound; context: TableContext } | { failure: ImportFailure; context: TableContext }> {
  const limits = resolveLimits(given);
  const { parquetMetadata, parquetReadObjects } = await import('hyparquet');
  const file = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  let metadata: ReturnType<typeof parquetMetadata>;
  try {
    metadata = parquetMetadata(file);
  } catch (e) {
    return { failure: { code: 'unreadable_file', message: `not a readable Parquet file (${e instanceof Error ? e.message.slice(0, 200) : String(e)})` }, context: {} };
  }
  const columns = metadata.schema.slice(1).filter((s) => s.num_children === undefined || s.num_children === 0).map((s) => s.name);
  let inflated = 0n;
  for (const group of metadata.row_groups) for (const chunk of group.columns) inflated += chunk.meta_data?.total_uncompressed_size ?? 0n;
  if (inflated > BigInt(limits.maxUnzippedBytes)) return { failure: { code: 'limit_exceeded', limit: 'maxUnzippedBytes', max: limits.maxUnzippedBytes, where: fileName }, context: {} };
  if (Number(metadata.num_rows) * columns.length > limits.maxCells) return { failure: { code: 'limit_exceeded', limit: 'maxCells', max: limits.maxCells, where: fileName }, context: {} };
  const objects = await parquetReadObjects({ file, metadata, columns });
  const rows = objects.map((o) => columns.map((c) => cellText(o[c])));
  return { table: { columns, rows, rowNumbers: rows.map((_, i) => i + 1) }, format: 'parquet', limits, found: {}, context: { columns } };
}

function cellText(v: unknown): string {
  if (v === null || v === undefined || v instanceof Uint8Array) return '';
  if (typeof v === 'object') return JSON.stringify(v, (_, x: unknown) => (typeof x === 'bigint' ? String(x) : x));
  return String(v);
}
