import type { Geometry } from 'geojson';
import type { CrsName } from './vn2000.ts';

/**
 * Rows of text cells as read from any format. For CSV and Excel the header is the row `findHeaderRow` picked (or
 * the user chose) and data starts below it; rows keep their spreadsheet numbers (blank rows are skipped but keep
 * their numbers). For feature files the columns are the union of property names, rows are features numbered from
 * 1, and `geometries` holds each feature's geometry (WGS84 `[lng, lat]`) or null.
 */
export interface Table {
  columns: string[];
  rows: string[][];
  /** The number reports give each row: its spreadsheet row (header = its own row, blank rows counted) or feature number. */
  rowNumbers: number[];
  geometries?: (Geometry | null)[];
  /**
   * Why a feature's geometry or properties could not be read (coordinates that are not numbers, nesting past the
   * limit): the row is rejected with it. Null where the feature is sound; absent for tables.
   */
  faults?: (RowFault | null)[];
  /** The system the latitude/longitude cells are in (e.g. VN-2000 TM-3 metres); absent for WGS84 degrees. */
  crs?: CrsName;
}

/** A fault found while reading a feature, before any importer saw it. */
export interface RowFault {
  reason: 'invalid_geometry' | 'nesting_too_deep' | 'cell_too_long' | 'damaged_record';
  field: string;
  detail: string;
}

/**
 * The non-blank rows of a sheet or delimited file before a header is chosen, each with its spreadsheet row
 * number (1-based). What CSV and workbook readers give, so that one function finds the header of both.
 */
export interface Grid {
  rows: string[][];
  rowNumbers: number[];
}
