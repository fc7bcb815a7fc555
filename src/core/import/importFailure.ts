import type { FeatureFormat } from './readFeatures.ts';
import { HEADER_ALIASES, type Field } from './headerAliases.ts';
import { FIELD_LABEL, KIND_LABEL, type TextLanguage } from './importLabels.ts';
import { LIMIT_OPTION, type LimitName } from './importLimits.ts';
import type { ImportKind } from './layerKind.ts';

/** Why a whole file could not be read as a layer. Stable codes: `failureText` says them in Vietnamese or English. */
export const FAILURE_CODES = [
  'empty_file',
  'binary_data',
  'unknown_zip',
  'unreadable_workbook',
  'no_such_sheet',
  'unreadable_features',
  'invalid_json',
  'not_geojson',
  'no_kml_in_kmz',
  'no_shp_in_zip',
  'unknown_crs',
  'metres_without_crs',
  'unknown_kind',
  'missing_columns',
  'needs_geometry',
  'limit_exceeded',
  'shapefile_records',
  'unreadable_file',
] as const;
export type FailureCode = (typeof FAILURE_CODES)[number];

/** A file-level failure with what the message needs. Plain data, so it crosses the worker boundary. */
export type ImportFailure =
  | { code: 'empty_file' | 'binary_data' | 'unknown_zip' | 'invalid_json' | 'not_geojson' | 'no_kml_in_kmz' | 'no_shp_in_zip' | 'metres_without_crs' }
  /** `message` is the reading library's own (English) words. */
  | { code: 'unreadable_workbook'; message: string }
  | { code: 'unreadable_features'; format: FeatureFormat; message: string }
  | { code: 'no_such_sheet'; sheet: string | number; sheets: string[] }
  /** `crs` as given, cut to 200 characters. */
  | { code: 'unknown_crs'; crs: string }
  /** The file's column headers, none of which tells a kind of layer. */
  | { code: 'unknown_kind'; columns: string[] }
  /** Required fields of `kind` that no column provides. */
  | { code: 'missing_columns'; kind: ImportKind; fields: Field[] }
  | { code: 'needs_geometry'; kind: 'communes' | 'coverage' }
  /** A limit of `ImportLimits` was passed by `where` (an archive member, a sheet, the file); `max` is the limit's value. */
  | { code: 'limit_exceeded'; limit: LimitName; max: number; where: string }
  /** A Shapefile part says it holds more records than its size leaves room for. */
  | { code: 'shapefile_records'; part: string; claimed: number; room: number }
  /** Anything else that stopped the reading, with the reader's own (English) words. */
  | { code: 'unreadable_file'; message: string };

type Say<F> = Record<TextLanguage, (f: F) => string>;
type Texts = { [C in FailureCode]: Say<Extract<ImportFailure, { code: C }>> };

const quoted = (names: readonly string[]) => names.map((n) => `"${n}"`).join(', ');

/** Column names for a message: the first 20, then how many more. */
function columnList(columns: readonly string[], none: string, more: (n: number) => string): string {
  if (columns.length === 0) return none;
  return columns.slice(0, 20).join(', ') + (columns.length > 20 ? more(columns.length - 20) : '');
}

const LIMIT_WORDS: Record<LimitName, { vi: string; en: string; unit: string }> = {
  maxUnzippedBytes: { vi: 'dung lượng giải nén', en: 'inflated size', unit: ' MB' },
  maxZipRatio: { vi: 'tỉ lệ nén', en: 'compression ratio', unit: ':1' },
  maxCells: { vi: 'số ô', en: 'number of cells', unit: '' },
  maxCellChars: { vi: 'số ký tự một ô', en: 'characters in a cell', unit: '' },
  maxNestingDepth: { vi: 'độ sâu lồng nhau', en: 'nesting depth', unit: '' },
  maxRepairVertices: { vi: 'số đỉnh cộng số điểm cắt của một đa giác tự cắt', en: 'vertices plus crossings of a self-crossing polygon', unit: '' },
};

/** The limit's value in the unit of its option: "512 MB" for 512 MiB. */
function limitValue(limit: LimitName, max: number): string {
  return `${Math.round((max / LIMIT_OPTION[limit].scale) * 100) / 100}${LIMIT_WORDS[limit].unit}`;
}

/** The headers a field is recognised by, for "name your column one of these". */
function aliases(field: Field): string {
  return [...HEADER_ALIASES[field].vi, ...HEADER_ALIASES[field].en].join(', ');
}

const TEXT: Texts = {
  empty_file: { vi: () => 'tệp trống', en: () => 'the file is empty' },
  binary_data: {
    vi: () => 'dữ liệu nhị phân, không phải bảng CSV/TSV, sổ tính Excel hay tệp bản đồ',
    en: () => 'binary data, not a CSV/TSV table, workbook or map file',
  },
  unknown_zip: {
    vi: () => 'tệp zip không chứa sổ tính Excel, tệp .kml hay .shp',
    en: () => 'a zip holding no workbook, .kml or .shp',
  },
  unreadable_workbook: {
    vi: (f) => `không đọc được sổ tính .xlsx (${f.message})`,
    en: (f) => `not a readable .xlsx workbook (${f.message})`,
  },
  no_such_sheet: {
    vi: (f) => `không có trang tính ${JSON.stringify(f.sheet)}; sổ tính có ${quoted(f.sheets)}`,
    en: (f) => `no sheet ${JSON.stringify(f.sheet)}; the workbook has ${quoted(f.sheets)}`,
  },
  unreadable_features: {
    vi: (f) => `không đọc được dạng ${f.format}: ${f.message}`,
    en: (f) => `cannot read as ${f.format}: ${f.message}`,
  },
  invalid_json: { vi: () => 'không phải JSON hợp lệ', en: () => 'not valid JSON' },
  not_geojson: {
    vi: () => 'là JSON nhưng không phải GeoJSON (không có FeatureCollection, Feature hay hình học)',
    en: () => 'JSON but not GeoJSON (no FeatureCollection, Feature or geometry)',
  },
  no_kml_in_kmz: { vi: () => 'tệp KMZ không chứa tệp .kml', en: () => 'KMZ holds no .kml file' },
  no_shp_in_zip: { vi: () => 'tệp zip không chứa tệp .shp', en: () => 'the zip holds no .shp file' },
  unknown_crs: {
    vi: (f) => `không biết hệ tọa độ "${f.crs}"`,
    en: (f) => `unknown coordinate system "${f.crs}"`,
  },
  metres_without_crs: {
    vi: () =>
      'tọa độ tính bằng mét nhưng tệp không ghi hệ tọa độ; hãy chọn một hệ (ví dụ VN2000:TM3:105.5 cho Bắc Ninh, EPSG:3405 cho VN-2000 UTM 48N)',
    en: () =>
      'coordinates are in metres but the file names no coordinate system; give one (e.g. VN2000:TM3:105.5 for Bắc Ninh, EPSG:3405 for VN-2000 UTM 48N)',
  },
  unknown_kind: {
    vi: (f) =>
      `không nhận ra loại lớp từ các cột (${columnList(f.columns, 'không có cột nào', (n) => ` và ${n} cột khác`)}); ` +
      'hãy chọn loại lớp, và kiểm tra tệp có cột tọa độ (Vĩ độ, Kinh độ) hoặc hình học',
    en: (f) =>
      `cannot tell what layer this is from its columns (${columnList(f.columns, 'none', (n) => ` and ${n} more`)}); ` +
      'choose the kind, and check that it has coordinate columns (Vĩ độ/lat, Kinh độ/lon) or geometry',
  },
  missing_columns: {
    vi: (f) => `thiếu cột cho lớp ${KIND_LABEL[f.kind].vi}: ${f.fields.map((c) => `${FIELD_LABEL[c].vi} (nhận các tên cột: ${aliases(c)})`).join('; ')}`,
    en: (f) => `no column for ${f.fields.map((c) => `${FIELD_LABEL[c].en} (${aliases(c)})`).join('; ')}`,
  },
  needs_geometry: {
    vi: (f) => `lớp ${KIND_LABEL[f.kind].vi} cần ranh giới (GeoJSON, KML hoặc Shapefile), không phải một bảng`,
    en: (f) => `${f.kind === 'communes' ? 'communes need' : 'coverage needs'} boundaries (GeoJSON, KML or Shapefile), not a table`,
  },
  limit_exceeded: {
    vi: (f) =>
      `${f.where} vượt giới hạn ${LIMIT_WORDS[f.limit].vi} (${limitValue(f.limit, f.max)}); ` +
      `dừng đọc để bảo vệ bộ nhớ. Nếu tệp đúng, hãy nâng giới hạn (dòng lệnh: ${LIMIT_OPTION[f.limit].flag} N)`,
    en: (f) =>
      `${f.where} passes the limit on ${LIMIT_WORDS[f.limit].en} (${limitValue(f.limit, f.max)}); ` +
      `reading stopped to protect memory. If the file is sound, raise it on the command line with ${LIMIT_OPTION[f.limit].flag} N`,
  },
  shapefile_records: {
    vi: (f) => `tệp ${f.part} ghi ${f.claimed} bản ghi nhưng chỉ đủ chỗ cho ${f.room}: tệp hỏng hoặc bị cắt`,
    en: (f) => `${f.part} claims ${f.claimed} records but has room for ${f.room}: the file is damaged or cut short`,
  },
  unreadable_file: {
    vi: (f) => `không đọc được tệp (${f.message})`,
    en: (f) => `cannot read the file (${f.message})`,
  },
};

/**
 * Why `file` could not be read, in `language`: the file name, then the reason with fields under the labels the
 * app shows them by ("Mã trạm" in Vietnamese, "Station id" in English). Text from the file (column headers,
 * sheet names) is inside: show it as text, never as HTML.
 */
export function failureText(file: string, failure: ImportFailure, language: TextLanguage): string {
  const say = TEXT[failure.code][language] as (f: ImportFailure) => string;
  return `${file}: ${say(failure)}`;
}
