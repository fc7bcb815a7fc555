import type { MeasureData } from '../measure/measureTypes.ts';
import type { ColumnMapping } from './columnMapping.ts';
import { guessMapping } from './columnMapping.ts';
import type { FileFormat } from './detectFormat.ts';
import { failureText, type ImportFailure } from './importFailure.ts';
import type { ImportLayerOptions } from './importLayer.ts';
import { ImportLimitError } from './importLimits.ts';
import { importMeasurements } from './importMeasurements.ts';
import type { ImportReport, RejectedRows } from './importReport.ts';
import { importSpeedCommunes } from './importSpeedCommunes.ts';
import { importSpeedTiles } from './importSpeedTiles.ts';
import type { ImportOptions, LayerImport } from './importTypes.ts';
import { LAYER_FIELDS, type MeasureKind } from './layerKind.ts';
import { readImportTable, type TableContext, type TableFound } from './readImportTable.ts';
import { isParquet, readParquetTable } from './readParquet.ts';
import type { Table } from './table.ts';

export type MeasureImportResult =
  | ({
      ok: true; file: string; format: FileFormat | 'parquet'; kind: MeasureKind; data: MeasureData; report: ImportReport;
      rejectedRows: RejectedRows; columns: string[]; mapping: ColumnMapping;
    } & TableFound)
  | ({ ok: false; file: string; failure: ImportFailure; error: string } & TableContext);

/**
 * Imports a file of measured truth as `kind`, by every rule of `importLayer` (formats, limits, VN-2000, header
 * rows, sheets, reasons; rows = imported + rejected), and Apache Parquet for speed tiles (Ookla's own format).
 * Never throws. Does not mutate `bytes`.
 */
export async function importMeasureLayer(
  bytes: Uint8Array,
  fileName: string,
  kind: MeasureKind,
  options: ImportLayerOptions = {},
): Promise<MeasureImportResult> {
  const fail = (failure: ImportFailure, context: TableContext = {}): MeasureImportResult =>
    ({ ok: false, file: fileName, failure, error: failureText(fileName, failure, 'en'), ...context });
  try {
    const parquet = isParquet(bytes);
    const read = parquet
      ? await readParquetTable(bytes, fileName, options.limits)
      : await readImportTable(bytes, fileName, options, [(t) => fitsKind(t, kind)]);
    if ('failure' in read) return fail(read.failure, read.context);
    const done = runImporter(kind, read.table, fileName, { ...options, limits: read.limits });
    if ('failure' in done) return fail(done.failure, read.context);
    return {
      ok: true, file: fileName, format: read.format, kind, data: done.data, report: done.report,
      rejectedRows: done.rejectedRows, columns: read.table.columns, mapping: done.mapping, ...read.found,
    };
  } catch (e) {
    if (e instanceof ImportLimitError) return fail({ code: 'limit_exceeded', limit: e.limit, max: e.max, where: e.where });
    return fail({ code: 'unreadable_file', message: e instanceof Error ? e.message.slice(0, 300) : String(e).slice(0, 300) });
  }
}

/** Whether every required field of `kind` has a column (a workbook's sheet to read). */
function fitsKind(table: Table, kind: MeasureKind): boolean {
  const { required, optional } = LAYER_FIELDS[kind];
  const need = table.geometries ? required.filter((f) => f !== 'lat' && f !== 'lon') : required;
  const mapping = guessMapping(table.columns, [...need, ...optional]);
  return need.every((f) => mapping[f] !== undefined);
}

function runImporter(kind: MeasureKind, table: Table, file: string, options: ImportOptions):
  { data: MeasureData; report: ImportReport; rejectedRows: RejectedRows; mapping: ColumnMapping } | { failure: ImportFailure } {
  const wrap = <T>(r: LayerImport<T>, data: (d: T) => MeasureData) =>
    'failure' in r ? r : { data: data(r.data), report: r.report, rejectedRows: r.rejectedRows, mapping: r.mapping };
  switch (kind) {
    case 'measurements': return wrap(importMeasurements(table, file, options), (points) => ({ kind, points }));
    case 'speed_tiles': return wrap(importSpeedTiles(table, file, options), (tiles) => ({ kind, tiles }));
    case 'speed_communes': return wrap(importSpeedCommunes(table, file, options), (speeds) => ({ kind, speeds }));
  }
}
