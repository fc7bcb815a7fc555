import type { Geometry } from 'geojson';
import type { CrsName } from './vn2000.ts';

/**
 * Rows of text cells as read from any format. For CSV and Excel the first row of the file is the header and data
 * starts at spreadsheet row 2 (blank rows are skipped but keep their numbers); for feature files the columns are the union of property names, rows are features
 * numbered from 1, and `geometries` holds each feature's geometry (WGS84 `[lng, lat]`) or null.
 */
export interface Table {
  columns: string[];
  rows: string[][];
  /** The number reports give each row: its spreadsheet row (header = 1, blank rows counted) or feature number. */
  rowNumbers: number[];
  geometries?: (Geometry | null)[];
  /** The system the latitude/longitude cells are in (e.g. VN-2000 TM-3 metres); absent for WGS84 degrees. */
  crs?: CrsName;
}
