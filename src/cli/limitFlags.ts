import { LIMIT_OPTION, type ImportLimits, type LimitName } from '../core/import/importLimits.ts';

/** The `--max-…` options of every command that reads files, for its usage line. */
export const LIMIT_USAGE = Object.values(LIMIT_OPTION).map((o) => `[${o.flag} N]`).join(' ');

/** True when `flag` ("--max-cells") is one of the limit options. */
export function isLimitFlag(flag: string): boolean {
  return Object.values(LIMIT_OPTION).some((o) => o.flag === flag);
}

/**
 * The limits given on the command line (`--max-unzipped-mb 2048`, `--max-cells 50000000`...), in the units
 * `ImportLimits` holds them; `value(flag)` gives a flag's text or undefined. An error names a value that is not
 * a positive number.
 */
export function readLimitFlags(value: (flag: string) => string | undefined): { limits: Partial<ImportLimits> } | { error: string } {
  const limits: Partial<ImportLimits> = {};
  for (const [name, { flag, scale }] of Object.entries(LIMIT_OPTION) as [LimitName, { flag: string; scale: number }][]) {
    const text = value(flag);
    if (text === undefined) continue;
    const n = Number(text);
    if (!(n > 0) || !Number.isFinite(n)) return { error: `Expected ${flag} to be a positive number, got "${text}".` };
    limits[name] = n * scale;
  }
  return { limits };
}
