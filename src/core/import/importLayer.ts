import type { Commune, CoverageArea, Fibre, PopulationPoint, Station, Village } from '../model.ts';
import type { ColumnMapping } from './columnMapping.ts';
import type { FileFormat } from './detectFormat.ts';
import type { HeaderCandidate } from './findHeaderRow.ts';
import { guessKind } from './guessKind.ts';
import { importCommunes } from './importCommunes.ts';
import { importCoverage } from './importCoverage.ts';
import { failureText, type ImportFailure } from './importFailure.ts';
import { importFibre } from './importFibre.ts';
import { importPopulation } from './importPopulation.ts';
import type { ImportReport, RejectedRows } from './importReport.ts';
import { importStations } from './importStations.ts';
import { ImportLimitError } from './importLimits.ts';
import type { ImportOptions, LayerImport } from './importTypes.ts';
import { importVillages } from './importVillages.ts';
import type { LayerKind } from './layerKind.ts';
import { readImportTable } from './readImportTable.ts';
import type { Table } from './table.ts';
import type { CrsName } from './vn2000.ts';

export type LayerData =
  | { kind: 'stations'; stations: Station[] }
  | { kind: 'communes'; communes: Commune[] }
  | { kind: 'villages'; villages: Village[] }
  | { kind: 'coverage'; coverage: CoverageArea[] }
  | { kind: 'fibre'; fibre: Fibre }
  | { kind: 'population'; populationPoints: PopulationPoint[] };

export interface ImportLayerOptions extends ImportOptions {
  /** Coordinate system of the file, overriding what it says (see `CrsName`), e.g. "VN2000:TM3:105.5". */
  crs?: CrsName;
}

/** The whole answer for one file: the layer and what happened to every row, or why the file cannot be read. */
export type ImportResult =
  | {
      ok: true;
      file: string;
      format: FileFormat;
      kind: LayerKind;
      layer: LayerData;
      report: ImportReport;
      rejectedRows: RejectedRows;
      /** The columns of the file and the mapping used, for the mapping step to show and correct. */
      columns: string[];
      mapping: ColumnMapping;
      /** Sheet names of a workbook. */
      sheets?: string[];
      /** The sheet read, chosen or found (see `importLayer`). */
      sheet?: string;
      /**
       * The coordinate system positions were read in when not WGS84 degrees: the one chosen, else the one the file
       * names (.prj, GeoJSON "crs").
       */
      crs?: CrsName;
      /** For CSV and workbooks: the spreadsheet row read as the header, and the rows the user may pick instead. */
      headerRow?: number;
      headerCandidates?: HeaderCandidate[];
    }
  /**
   * `sheets` lists a workbook's sheets when it opened but could not be read as a layer (another sheet may be);
   * `columns` are the table's headers when it was read but its kind or columns could not be told (the user can
   * choose them). `failure` says why in data (`failureText` words it in Vietnamese or English); `error` is its
   * English text, for the command line.
   */
  | {
      ok: false; file: string; failure: ImportFailure; error: string; sheets?: string[]; columns?: string[];
      headerRow?: number; headerCandidates?: HeaderCandidate[];
    };

/**
 * Imports one file of any supported format (CSV/TSV in UTF-8, UTF-16 or Windows-1258; .xlsx; GeoJSON; KML; KMZ;
 * zipped Shapefile, reprojected from VN-2000 where it says so) as a layer of `kind`, or of the kind guessed from its
 * headers and geometry (for workbooks: `options.sheet`, else the first sheet that reads as `kind`, or as any layer).
 * Coordinates are read in `options.crs` when given (latitude/longitude cells of CSV and workbooks too), else in
 * the system the file names, else as WGS84 degrees. The header of a CSV or workbook is `options.headerRow`, else
 * the row found under any title rows (`findHeaderRow`). Reading stays within `options.limits` (`ImportLimits`).
 * Async because the readers of rarer formats load on first use. Never throws: an unreadable file, or one past a
 * limit, comes back as `{ ok: false, failure, error }` naming the file and what is wrong. Does not mutate `bytes`.
 */
export async function importLayer(
  bytes: Uint8Array,
  fileName: string,
  kind?: LayerKind,
  options: ImportLayerOptions = {},
): Promise<ImportResult> {
  const fail = (failure: ImportFailure): Extract<ImportResult, { ok: false }> =>
    ({ ok: false, file: fileName, failure, error: failureText(fileName, failure, 'en') });
  try {
    return await importOrFail(bytes, fileName, kind, options, fail);
  } catch (e) {
    // Readers deep in a stream stop at a limit by throwing; anything else is a fault of the file no check foresaw.
    if (e instanceof ImportLimitError) return fail({ code: 'limit_exceeded', limit: e.limit, max: e.max, where: e.where });
    return fail({ code: 'unreadable_file', message: e instanceof Error ? e.message.slice(0, 300) : String(e).slice(0, 300) });
  }
}

async function importOrFail(
  bytes: Uint8Array,
  fileName: string,
  kind: LayerKind | undefined,
  options: ImportLayerOptions,
  fail: (failure: ImportFailure) => Extract<ImportResult, { ok: false }>,
): Promise<ImportResult> {
  // Without a chosen sheet, the first one that reads as the layer asked for, or as any layer (workbooks often
  // open with a notes sheet).
  const read = await readImportTable(bytes, fileName, options, [
    (t) => kind !== undefined && guessKind(t) === kind,
    (t) => guessKind(t) !== null,
  ]);
  if ('failure' in read) return { ...fail(read.failure), ...read.context };
  const { table } = read;
  const tableFail = (failure: ImportFailure): ImportResult => ({ ...fail(failure), ...read.context });
  const chosen = kind ?? guessKind(table);
  if (!chosen) return tableFail({ code: 'unknown_kind', columns: table.columns });
  const done = runImporter(chosen, table, fileName, { ...options, limits: read.limits });
  if ('failure' in done) return tableFail(done.failure);
  return {
    ok: true,
    file: fileName,
    format: read.format,
    kind: chosen,
    layer: done.layer,
    report: done.report,
    rejectedRows: done.rejectedRows,
    columns: table.columns,
    mapping: done.mapping,
    ...read.found,
  };
}

function runImporter(
  kind: LayerKind,
  table: Table,
  file: string,
  options: ImportOptions,
): { layer: LayerData; report: ImportReport; rejectedRows: RejectedRows; mapping: ColumnMapping } | { failure: ImportFailure } {
  const wrap = <T>(r: LayerImport<T>, layer: (data: T) => LayerData) =>
    'failure' in r ? r : { layer: layer(r.data), report: r.report, rejectedRows: r.rejectedRows, mapping: r.mapping };
  switch (kind) {
    case 'stations': return wrap(importStations(table, file, options), (stations) => ({ kind, stations }));
    case 'communes': return wrap(importCommunes(table, file, options), (communes) => ({ kind, communes }));
    case 'villages': return wrap(importVillages(table, file, options), (villages) => ({ kind, villages }));
    case 'coverage': return wrap(importCoverage(table, file, options), (coverage) => ({ kind, coverage }));
    case 'fibre': return wrap(importFibre(table, file, options), (fibre) => ({ kind, fibre }));
    case 'population': return wrap(importPopulation(table, file, options), (populationPoints) => ({ kind, populationPoints }));
  }
}
