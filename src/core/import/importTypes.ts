import type { Network } from '../measure/measureTypes.ts';
import type { ColumnMapping } from './columnMapping.ts';
import type { ImportFailure } from './importFailure.ts';
import type { ImportLimits } from './importLimits.ts';
import type { ImportReport, RejectedRows } from './importReport.ts';

export interface ImportOptions {
  /** Columns chosen by the user; without it they are guessed from the headers. */
  mapping?: ColumnMapping;
  /** Sheet to read from an .xlsx file, by name or 0-based index; the first sheet by default. */
  sheet?: string | number;
  /**
   * Spreadsheet row number (1-based) of the header in a CSV or workbook; without it the row is found
   * (`findHeaderRow`: title rows above the header are passed over).
   */
  headerRow?: number;
  /** Limits in place of the defaults (`DEFAULT_LIMITS`), e.g. a larger `maxUnzippedBytes` for a national file. */
  limits?: Partial<ImportLimits>;
  /**
   * Reads only this operator's stations or coverage (as `normaliseOperator` names it): rows of any other operator
   * are rejected `other_operator`. The server gives an operator's uploads its own operator.
   */
  operator?: string;
  /**
   * Speed data: the network of a file whose rows do not say (Ookla publishes mobile and fixed tiles as separate
   * files). Without it, the file name tells ("..._mobile_tiles", "..._fixed_tiles"), else mobile.
   */
  network?: Network;
  /** Called now and then with rows done and rows in all, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
}

/** One kind's import of a table: the data with its report, or why the file could not be read at all. */
export type LayerImport<T> =
  | { data: T; mapping: ColumnMapping; report: ImportReport; rejectedRows: RejectedRows }
  | { failure: ImportFailure };
