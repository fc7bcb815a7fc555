import { DEFAULT_MAX_REPAIR_VERTICES } from '../geometry/repairArea.ts';

/**
 * Limits that keep a hostile or broken file from taking all memory or time: each is checked while the file is
 * read (an archive while it inflates, a sheet while it streams), and a file past one fails with a reason naming
 * the limit and the command-line option that raises it. The defaults are far above any real province's files.
 */
export interface ImportLimits {
  /** Bytes an archive (.xlsx, KMZ, zipped Shapefile) may inflate to, its members together. */
  maxUnzippedBytes: number;
  /** Inflated size over compressed size of one archive member, checked once it passes `RATIO_FLOOR_BYTES`. */
  maxZipRatio: number;
  /** Cells a sheet or delimited file may hold (rows times columns, blank cells included). */
  maxCells: number;
  /** Characters in one cell; a longer cell rejects its row. Excel's own limit. */
  maxCellChars: number;
  /** Levels of nested arrays and objects in one GeoJSON feature. */
  maxNestingDepth: number;
  /** Vertices plus crossings of one self-intersecting polygon that is still repaired; past it the row is rejected. */
  maxRepairVertices: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxUnzippedBytes: 512 * 2 ** 20,
  maxZipRatio: 100,
  maxCells: 30_000_000,
  maxCellChars: 32_767,
  maxNestingDepth: 100,
  maxRepairVertices: DEFAULT_MAX_REPAIR_VERTICES,
};

/** Below this many inflated bytes the ratio is not checked: small members (styles, a short sheet) compress far. */
export const RATIO_FLOOR_BYTES = 8 * 2 ** 20;

export type LimitName = keyof ImportLimits;

/** The command-line option that raises each limit, and the unit its value is given in. */
export const LIMIT_OPTION: Record<LimitName, { flag: string; scale: number }> = {
  maxUnzippedBytes: { flag: '--max-unzipped-mb', scale: 2 ** 20 },
  maxZipRatio: { flag: '--max-zip-ratio', scale: 1 },
  maxCells: { flag: '--max-cells', scale: 1 },
  maxCellChars: { flag: '--max-cell-chars', scale: 1 },
  maxNestingDepth: { flag: '--max-depth', scale: 1 },
  maxRepairVertices: { flag: '--max-repair-vertices', scale: 1 },
};

/** The limits in force: the defaults with those given. */
export function resolveLimits(given: Partial<ImportLimits> = {}): ImportLimits {
  return { ...DEFAULT_LIMITS, ...given };
}

/** Thrown by a reader that passed a limit deep inside a stream; `importLayer` turns it into a failure. */
export class ImportLimitError extends Error {
  constructor(
    readonly limit: LimitName,
    readonly max: number,
    /** What passed it: the archive member's name, or the sheet. */
    readonly where: string,
  ) {
    super(`${where}: past the limit ${limit} = ${max}`);
  }
}
