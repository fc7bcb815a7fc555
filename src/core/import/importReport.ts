import { ENVIRONMENTS } from '../model.ts';
import { BANDS } from '../radio/bands.ts';

/**
 * What an import did with every input row: imported (perhaps fixed, with warnings) or rejected with a reason.
 * Plain data, so it crosses the worker boundary and prints as JSON.
 */

/** Why a row was rejected. Stable codes: the UI translates them with `REASON_TEXT`. */
export const REJECT_REASONS = [
  'missing_coordinates',
  'unreadable_coordinates',
  'outside_vietnam',
  'coordinates_in_metres',
  'duplicate_id',
  'no_known_tech',
  'required_field_empty',
  'unreadable_number',
  'empty_geometry',
  'wrong_geometry_type',
  'invalid_geometry',
  'repair_limit_exceeded',
  'nesting_too_deep',
  'cell_too_long',
  'damaged_record',
  'implausible_number',
  'other_operator',
  'unknown_band',
  'unknown_environment',
  'invalid_height',
  'invalid_eirp',
  'invalid_quadkey',
  'unknown_network',
  'no_commune',
] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

/** What was fixed in a row that was still imported. */
export const WARNING_CODES = [
  'lat_lon_swapped',
  'unknown_tech_ignored',
  'unreadable_number_ignored',
  'ring_closed',
  'self_intersection_repaired',
  'area_estimated',
  'outlier_vertex',
  'implausible_number_ignored',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

/** Whether an issue's code rejected its row (rather than a fix the row was imported with). */
export function isRejectReason(code: RejectReason | WarningCode): code is RejectReason {
  return (REJECT_REASONS as readonly string[]).includes(code);
}

const BAND_NAMES = BANDS.map((b) => b.name).join(', ');

export const REASON_TEXT: Record<RejectReason | WarningCode, { vi: string; en: string }> = {
  missing_coordinates: { vi: 'Thiếu tọa độ', en: 'Missing coordinates' },
  unreadable_coordinates: { vi: 'Không đọc được tọa độ', en: 'Unreadable coordinates' },
  outside_vietnam: { vi: 'Vị trí ngoài lãnh thổ Việt Nam', en: 'Location outside Vietnam' },
  coordinates_in_metres: { vi: 'Tọa độ tính bằng mét: hãy chọn hệ tọa độ', en: 'Coordinates in metres: choose the coordinate system' },
  duplicate_id: { vi: 'Trùng mã với một dòng trước', en: 'Duplicate id (an earlier row has it)' },
  no_known_tech: { vi: 'Không có công nghệ nào hợp lệ', en: 'No known technology' },
  required_field_empty: { vi: 'Trường bắt buộc bị trống', en: 'A required field is empty' },
  unreadable_number: { vi: 'Không đọc được số', en: 'Unreadable number' },
  empty_geometry: { vi: 'Hình học trống', en: 'Empty geometry' },
  wrong_geometry_type: { vi: 'Sai loại hình học', en: 'Wrong geometry type for this layer' },
  invalid_geometry: { vi: 'Hình học không hợp lệ, không sửa được', en: 'Invalid geometry that could not be repaired' },
  repair_limit_exceeded: {
    vi: 'Đa giác tự cắt quá phức tạp để sửa: số đỉnh cộng số điểm cắt vượt giới hạn (dòng lệnh: --max-repair-vertices N)',
    en: 'Self-crossing polygon too complex to repair: vertices plus crossings past the limit (command line: --max-repair-vertices N)',
  },
  nesting_too_deep: { vi: 'Dữ liệu lồng nhau quá sâu', en: 'Nested too deep' },
  cell_too_long: { vi: 'Ô quá dài', en: 'Cell too long' },
  damaged_record: {
    vi: 'Bản ghi hỏng, không đọc được (tệp bị cắt, sai loại hình hoặc sai cú pháp)',
    en: 'Damaged record that cannot be read (cut short, wrong shape type or broken markup)',
  },
  implausible_number: { vi: 'Số không hợp lý (vô hạn, âm hoặc quá lớn)', en: 'Implausible number (infinite, negative or too large)' },
  other_operator: { vi: 'Dòng của nhà mạng khác', en: "Another operator's row" },
  unknown_band: { vi: `Băng tần không rõ (dùng ${BAND_NAMES} hoặc MHz)`, en: `Unknown band (use ${BAND_NAMES} or MHz)` },
  unknown_environment: { vi: `Môi trường không rõ (${ENVIRONMENTS.join(', ')})`, en: `Unknown environment (${ENVIRONMENTS.join(', ')})` },
  invalid_height: { vi: 'Độ cao anten phải lớn hơn 0 m', en: 'Antenna height must be above 0 m' },
  invalid_eirp: { vi: 'Công suất phát (EIRP) phải từ 0 đến 100 dBm', en: 'EIRP must be from 0 to 100 dBm' },
  invalid_quadkey: { vi: 'Mã ô (quadkey) không hợp lệ: chỉ gồm các chữ số 0-3, 1 đến 23 ký tự', en: 'Invalid quadkey: digits 0-3 only, 1 to 23 of them' },
  unknown_network: { vi: 'Loại mạng không rõ (di động hoặc cố định)', en: 'Unknown network (mobile or fixed)' },
  no_commune: { vi: 'Thiếu cả mã xã lẫn tên xã', en: 'Neither a commune code nor a commune name' },
  lat_lon_swapped: { vi: 'Vĩ độ và kinh độ bị đổi chỗ, đã sửa', en: 'Latitude and longitude were swapped; fixed' },
  unknown_tech_ignored: { vi: 'Bỏ qua công nghệ không rõ', en: 'Unknown technology ignored' },
  unreadable_number_ignored: { vi: 'Bỏ qua số không đọc được', en: 'Unreadable number ignored' },
  ring_closed: { vi: 'Vòng chưa khép kín, đã khép', en: 'Unclosed ring closed' },
  self_intersection_repaired: { vi: 'Đa giác tự cắt, đã tách', en: 'Self-intersecting polygon split into valid parts' },
  area_estimated: { vi: 'Ranh giới ước tính từ điểm trung tâm', en: 'Boundary estimated from the centre point' },
  outlier_vertex: {
    vi: 'Có đỉnh nằm xa hẳn phần còn lại của ranh giới: có thể nhập sai tọa độ',
    en: 'A vertex lies far from the rest of the boundary: perhaps a mistyped coordinate',
  },
  implausible_number_ignored: { vi: 'Bỏ qua số không hợp lý', en: 'Implausible number ignored' },
};

export interface ImportIssue {
  /** Spreadsheet row number (the header is row 1) for tables; 1-based feature number for GeoJSON, KML, Shapefile. */
  row: number;
  /** The input column or property the problem is in, or "geometry". */
  field: string;
  code: RejectReason | WarningCode;
  /**
   * The offending value as read (quoted where it is a cell: `"abc"`; coordinates as `lat, lon` in the order of
   * `field`), with no words of any language, or "" where the code says it all. Text from the file: show it as
   * text, never as HTML.
   */
  detail: string;
}

export interface ImportReport {
  file: string;
  /** Rows (or features) read; always `imported + rejected`. */
  rows: number;
  imported: number;
  /** Imported rows that were fixed and carry at least one warning. */
  warnings: number;
  rejected: number;
  /** Rejection reason -> number of rejected rows. */
  reasons: Partial<Record<RejectReason, number>>;
  /** Warning code -> number of warnings of imported rows (a row may have several). */
  warningCodes: Partial<Record<WarningCode, number>>;
  /** Every rejection and warning, in row order. */
  issues: ImportIssue[];
}

/** The rejected rows with their original columns, for download as CSV. */
export interface RejectedRows {
  columns: string[];
  rows: { row: number; cells: string[]; reason: RejectReason; detail: string }[];
}

/**
 * Collects what happened to each row while an importer runs. Each row must end in exactly one `accept` or
 * `reject`, which is how `rows = imported + rejected` holds.
 */
export class ReportBuilder {
  private readonly issues: ImportIssue[] = [];
  /** Warnings of the row being read: kept if it is accepted, dropped if it is rejected. */
  private pending: (ImportIssue & { code: WarningCode })[] = [];
  private readonly reasons: Partial<Record<RejectReason, number>> = {};
  private readonly warningCodes: Partial<Record<WarningCode, number>> = {};
  private warnedRows = 0;
  private readonly rejectedRows: RejectedRows;
  private imported = 0;
  private rejected = 0;

  constructor(
    private readonly file: string,
    columns: string[],
  ) {
    this.rejectedRows = { columns, rows: [] };
  }

  /** Notes a fix on the row being read; it is kept only if that row is then accepted. */
  warn(row: number, field: string, code: WarningCode, detail: string): void {
    this.pending.push({ row, field, code, detail });
  }

  accept(): void {
    this.imported++;
    if (this.pending.length > 0) {
      this.warnedRows++;
      this.issues.push(...this.pending);
      for (const { code } of this.pending) this.warningCodes[code] = (this.warningCodes[code] ?? 0) + 1;
      this.pending = [];
    }
  }

  reject(row: number, field: string, code: RejectReason, detail: string, cells: string[]): void {
    this.pending = [];
    this.issues.push({ row, field, code, detail });
    this.reasons[code] = (this.reasons[code] ?? 0) + 1;
    this.rejected++;
    this.rejectedRows.rows.push({ row, cells, reason: code, detail });
  }

  finish(): { report: ImportReport; rejectedRows: RejectedRows } {
    const report: ImportReport = {
      file: this.file,
      rows: this.imported + this.rejected,
      imported: this.imported,
      warnings: this.warnedRows,
      rejected: this.rejected,
      reasons: this.reasons,
      warningCodes: this.warningCodes,
      issues: this.issues,
    };
    return { report, rejectedRows: this.rejectedRows };
  }
}
