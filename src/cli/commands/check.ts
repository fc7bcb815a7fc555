import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { toCheckReport } from '../../core/api/apiTypes.ts';
import { importLayer } from '../../core/import/importLayer.ts';
import { importMeasureLayer } from '../../core/import/importMeasureLayer.ts';
import { LAYER_KINDS, MEASURE_KINDS, type ImportKind, type LayerKind, type MeasureKind } from '../../core/import/layerKind.ts';
import { NETWORKS, type Network } from '../../core/measure/measureTypes.ts';
import { writeRejectedCsv } from '../../core/import/writeRejectedCsv.ts';
import type { ImportLimits } from '../../core/import/importLimits.ts';
import { checkOutFile } from '../checkWritable.ts';
import type { Command } from '../command.ts';
import { isLimitFlag, LIMIT_USAGE, readLimitFlags } from '../limitFlags.ts';

const USAGE =
  'check FILE [--kind stations|communes|villages|coverage|fibre|population|measurements|speed_tiles|speed_communes] [--network mobile|fixed]\n' +
  '      [--rejected OUT.csv] [--crs CRS] [--sheet NAME] [--header-row N]\n' +
  `      ${LIMIT_USAGE}\n` +
  '      read a file as a layer and print what happened to its rows as JSON';

/** `check FILE`: imports a file and prints `{file, kind, rows, imported, warnings, rejected, reasons}`. */
export const check: Command = {
  name: 'check',
  usage: USAGE,
  async run(argv) {
    const args = parseArgs(argv);
    if ('error' in args) {
      console.error(`${args.error}\nUsage: npm run cli -- ${USAGE}`);
      return 2;
    }
    if (args.rejected) {
      const unwritable = await checkOutFile(args.rejected, '--rejected');
      if (unwritable) {
        console.error(unwritable);
        return 1;
      }
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(args.file));
    } catch (e) {
      console.error(`${args.file}: cannot read the file (${e instanceof Error ? e.message : String(e)})`);
      return 1;
    }
    const options = {
      ...(args.crs ? { crs: args.crs } : {}),
      ...(args.sheet !== undefined ? { sheet: args.sheet } : {}),
      ...(args.headerRow !== undefined ? { headerRow: args.headerRow } : {}),
      ...(args.network !== undefined ? { network: args.network } : {}),
      limits: args.limits,
    };
    const measureKind = MEASURE_KINDS.find((k) => k === args.kind);
    const result = measureKind
      ? await importMeasureLayer(bytes, basename(args.file), measureKind, options)
      : await importLayer(bytes, basename(args.file), args.kind as LayerKind | undefined, options);
    if (!result.ok) {
      console.error(result.error);
      return 1;
    }
    const { report } = result;
    console.log(
      JSON.stringify({ file: args.file, kind: result.kind, ...toCheckReport(report) }),
    );
    if (args.rejected) await writeFile(args.rejected, writeRejectedCsv(result.rejectedRows));
    return 0;
  },
};

interface CheckArgs {
  file: string;
  kind?: ImportKind;
  network?: Network;
  rejected?: string;
  crs?: string;
  sheet?: string;
  headerRow?: number;
  limits: Partial<ImportLimits>;
}

function parseArgs(argv: string[]): CheckArgs | { error: string } {
  const out: Partial<CheckArgs> = {};
  const limitFlags = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = argv[i + 1];
    if (isLimitFlag(arg) || arg === '--header-row') {
      if (value === undefined) return { error: `${arg} needs a value` };
      i++;
      if (arg === '--header-row') {
        if (!(Number.isInteger(Number(value)) && Number(value) > 0)) return { error: `--header-row needs a row number, got "${value}"` };
        out.headerRow = Number(value);
      } else limitFlags.set(arg, value);
    } else if (arg === '--kind' || arg === '--rejected' || arg === '--crs' || arg === '--sheet' || arg === '--network') {
      if (value === undefined) return { error: `${arg} needs a value` };
      i++;
      if (arg === '--kind') {
        if (![...LAYER_KINDS, ...MEASURE_KINDS].includes(value as ImportKind)) return { error: `unknown kind "${value}"` };
        out.kind = value as LayerKind | MeasureKind;
      } else if (arg === '--network') {
        if (!(NETWORKS as readonly string[]).includes(value)) return { error: `--network is mobile or fixed, got "${value}"` };
        out.network = value as Network;
      } else out[arg.slice(2) as 'rejected' | 'crs' | 'sheet'] = value;
    } else if (arg.startsWith('--')) return { error: `unknown option ${arg}` };
    else if (out.file === undefined) out.file = arg;
    else return { error: `unexpected argument ${arg}` };
  }
  if (out.file === undefined) return { error: 'FILE is missing' };
  const limits = readLimitFlags((flag) => limitFlags.get(flag));
  if ('error' in limits) return limits;
  return { ...out, limits: limits.limits } as CheckArgs;
}
