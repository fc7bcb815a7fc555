import type { LayerKind } from '../import/layerKind.ts';
import type { ImportReport } from '../import/importReport.ts';

/**
 * The shapes the shared server's API answers in (server/, described at /api/openapi.json), defined once for the
 * server that writes them and the app that reads them.
 */

/** The import report as `npm run cli -- check` prints it. */
export interface CheckReport {
  rows: number;
  imported: number;
  warnings: number;
  rejected: number;
  reasons: ImportReport['reasons'];
}

export const toCheckReport = (r: ImportReport): CheckReport => ({ rows: r.rows, imported: r.imported, warnings: r.warnings, rejected: r.rejected, reasons: r.reasons });

/** An upload waiting for review, published or rejected. Times are ISO 8601 in UTC with microseconds. */
export interface Change {
  id: number;
  kind: LayerKind;
  filename: string;
  /** The operator whose published rows it replaces; null replaces the whole layer. */
  scope: string | null;
  status: 'pending' | 'published' | 'rejected';
  uploaded_by: string;
  uploaded_at: string;
  decided_by: string | null;
  decided_at: string | null;
  report: CheckReport;
}

/** One row a change adds, moves (a new geometry), changes (other attributes) or removes, with a point on it. */
export interface DiffRow {
  key: string;
  label: string;
  change: 'added' | 'moved' | 'changed' | 'removed';
  lon: number;
  lat: number;
  /** Where a moved row was. */
  from_lon: number | null;
  from_lat: number | null;
  /** How far it moved, metres. */
  moved_m: number | null;
}

export interface Diff {
  counts: { added: number; moved: number; changed: number; removed: number; unchanged: number; rows_before: number; rows_after: number };
  rows: DiffRow[];
}
