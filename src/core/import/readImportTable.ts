import { decodeText, looksBinary } from './decodeText.ts';
import { detectFormat, type FileFormat } from './detectFormat.ts';
import { featuresToTable } from './featuresToTable.ts';
import { gridToTable, headerCandidates, type HeaderCandidate } from './findHeaderRow.ts';
import type { ImportFailure } from './importFailure.ts';
import { ImportLimitError, resolveLimits, type ImportLimits } from './importLimits.ts';
import type { ImportOptions } from './importTypes.ts';
import { parseDelimited } from './parseDelimited.ts';
import { readFeatures } from './readFeatures.ts';
import type { Grid, Table } from './table.ts';
import { isWgs84, toWgs84, type CrsName } from './vn2000.ts';

/** What a read table tells a failure or a result about the file, beyond its rows. */
export interface TableFound {
  sheets?: string[];
  sheet?: string;
  crs?: CrsName;
  headerRow?: number;
  headerCandidates?: HeaderCandidate[];
}

/** What a failure after the table was read names: its columns and the workbook's sheets, for the user to choose. */
export type TableContext = Omit<TableFound, 'sheet' | 'crs'> & { columns?: string[] };

export type ReadTable =
  | { table: Table; format: FileFormat; limits: ImportLimits; found: TableFound; context: TableContext }
  | { failure: ImportFailure; context: TableContext };

/**
 * Reads any supported file (CSV/TSV in UTF-8, UTF-16 or Windows-1258; .xlsx; GeoJSON; KML; KMZ; zipped Shapefile)
 * into a table of text cells, within `options.limits`. A workbook's sheet is `options.sheet`, else the first for
 * which one of `sheetFits` holds (tried in order), else the first. Coordinates are read in `options.crs` when
 * given, else in the system the file names. May throw `ImportLimitError` from deep in a stream: callers turn it
 * into a failure. Does not mutate `bytes`.
 */
export async function readImportTable(
  bytes: Uint8Array,
  fileName: string,
  options: ImportOptions & { crs?: CrsName },
  sheetFits: readonly ((table: Table) => boolean)[],
): Promise<ReadTable> {
  const none: TableContext = {};
  if (bytes.length === 0) return { failure: { code: 'empty_file' }, context: none };
  const format = detectFormat(bytes, fileName);
  if (!format) return { failure: { code: 'unknown_zip' }, context: none };

  const { crs } = options;
  const limits = resolveLimits(options.limits);
  if (crs !== undefined && !toWgs84(crs)) return { failure: { code: 'unknown_crs', crs: crs.slice(0, 200) }, context: none };
  let table: Table;
  let sheets: string[] | undefined;
  let sheetRead: string | undefined;
  let header: { headerRow: number; headerCandidates: HeaderCandidate[] } | undefined;
  let system = crs !== undefined && !isWgs84(crs) ? crs : undefined;
  if (format === 'csv') {
    const { text } = decodeText(bytes);
    if (looksBinary(text)) return { failure: { code: 'binary_data' }, context: none };
    if (text.trim() === '') return { failure: { code: 'empty_file' }, context: none };
    const grid = parseDelimited(text);
    if (countCells(grid) > limits.maxCells) return { failure: { code: 'limit_exceeded', limit: 'maxCells', max: limits.maxCells, where: fileName }, context: none };
    const read = gridToTable(grid, options.headerRow);
    table = read.table;
    header = { headerRow: read.headerRow, headerCandidates: headerCandidates(grid) };
  } else if (format === 'xlsx') {
    let read: { name: string; grid: Grid }[];
    try {
      // The workbook reader loads on first use, like the KML and Shapefile readers.
      read = (await import('./readXlsx.ts')).readXlsx(bytes, limits);
    } catch (e) {
      if (e instanceof ImportLimitError) throw e;
      return { failure: { code: 'unreadable_workbook', message: e instanceof Error ? e.message : String(e) }, context: none };
    }
    sheets = read.map((s) => s.name);
    const tables = read.map((s) => ({ name: s.name, grid: s.grid, ...gridToTable(s.grid, options.headerRow) }));
    const { sheet } = options;
    let chosen: (typeof tables)[number] | undefined;
    if (sheet === undefined) {
      for (const fits of sheetFits) chosen ??= tables.find((s) => fits(s.table));
      chosen ??= tables[0];
    } else chosen = typeof sheet === 'number' ? tables[sheet] : tables.find((s) => s.name === sheet);
    if (!chosen) return { failure: { code: 'no_such_sheet', sheet: sheet ?? 0, sheets }, context: { sheets } };
    table = chosen.table;
    sheetRead = chosen.name;
    header = { headerRow: chosen.headerRow, headerCandidates: headerCandidates(chosen.grid) };
  } else {
    const read = await readFeatures(bytes, format, crs, limits);
    if ('failure' in read) return { failure: read.failure, context: none };
    table = featuresToTable(read.fc, read.faults);
    system = read.crs !== null && !isWgs84(read.crs) ? read.crs : undefined;
  }
  // Cells of a table are converted row by row as they are read; feature files were reprojected whole above.
  if (system !== undefined && !table.geometries) table = { ...table, crs: system };
  const context: TableContext = { columns: table.columns, ...(sheets ? { sheets } : {}), ...(header ?? {}) };
  const found: TableFound = {
    ...(sheets ? { sheets } : {}),
    ...(sheetRead !== undefined ? { sheet: sheetRead } : {}),
    ...(system !== undefined ? { crs: system } : {}),
    ...(header ?? {}),
  };
  return { table, format, limits, found, context };
}

function countCells(grid: Grid): number {
  let n = 0;
  for (const row of grid.rows) n += row.length;
  return n;
}
