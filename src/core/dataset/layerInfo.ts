import type { ImportReport } from '../import/importReport.ts';
import type { LayerKind } from '../import/layerKind.ts';

/** What the Data panel and a province package say about one layer of a user's province. */
export interface LayerInfo {
  /** Unique per import: what a kept village estimate is tied to. */
  id: string;
  kind: LayerKind;
  /** The file it was imported from. */
  file: string;
  /** When it was imported, ISO date-time (UTC). */
  importedAt: string;
  counts: Pick<ImportReport, 'rows' | 'imported' | 'warnings' | 'rejected'>;
}

/** A fresh layer id: random enough that two tabs never pick the same one. */
export function newLayerId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
