import type { ShapeProvider } from '../core/coverage/shapeProvider.ts';
import type { Dataset } from '../core/model.ts';
import { createRadioShapeProvider } from '../core/radio/radioShapeProvider.ts';
import { inputLine, warningLines } from './describeInputs.ts';
import { LIMIT_USAGE, readLimitFlags } from './limitFlags.ts';
import { loadDataset } from './loadDataset.ts';
import { RADIO_USAGE, readRadioFlag, type RadioChoice } from './radioModelFlag.ts';

/** The options of a command that works on a province's layers, for its usage line. */
export const DATASET_USAGE = `--communes F --villages F --stations F [--coverage F] [--fibre F] [--population F] ${RADIO_USAGE} [--colocate-m 30] [--threshold 95] ${LIMIT_USAGE}`;

export interface DatasetInput {
  dataset: Dataset;
  thresholdPct: number;
  colocateM: number;
  radio: RadioChoice;
  /** How stations are shaped, as `stats` shapes them: a typed radius, else the radio model (`--radio`, or its defaults). */
  provider: ShapeProvider;
}

/**
 * Reads the layers named by `flags` through the importer (`loadDataset`), printing on stderr what each file gave
 * and what the layers say about each other, and the radio model of `--radio` (read first: a bad model file stops
 * the run before the layers are read). `usage` is true for a fault of the command line (exit code 2), false
 * for a file that cannot be read (exit code 1).
 */
export async function readDatasetInput(flags: Map<string, string>): Promise<DatasetInput | { error: string; usage: boolean }> {
  const need = ['communes', 'villages', 'stations'].filter((k) => !flags.has(k));
  if (need.length > 0) return { error: `Missing ${need.map((k) => `--${k}`).join(', ')}.`, usage: true };
  const thresholdPct = Number(flags.get('threshold') ?? 95);
  const colocateM = Number(flags.get('colocate-m') ?? 30);
  if (!(thresholdPct >= 0 && thresholdPct <= 100)) return { error: `Expected --threshold between 0 and 100, got "${flags.get('threshold')}".`, usage: true };
  if (!(colocateM >= 0)) return { error: `Expected --colocate-m of 0 or more metres, got "${flags.get('colocate-m')}".`, usage: true };
  const limits = readLimitFlags((flag) => flags.get(flag.slice(2)));
  if ('error' in limits) return { error: limits.error, usage: true };
  const radio = await readRadioFlag(flags);
  if ('error' in radio) return { error: radio.error, usage: true };
  const optional = (name: 'coverage' | 'fibre' | 'population') => (flags.has(name) ? { [name]: flags.get(name)! } : {});
  const loaded = await loadDataset(
    { communes: flags.get('communes')!, villages: flags.get('villages')!, stations: flags.get('stations')!, ...optional('coverage'), ...optional('fibre'), ...optional('population') },
    limits.limits,
  );
  if ('error' in loaded) return { error: loaded.error, usage: false };
  for (const input of loaded.inputs) console.error(inputLine(input));
  for (const line of warningLines(loaded.warnings)) console.error(line);
  console.error(`radio model: ${radio.source ?? 'defaults'}`);
  const provider = createRadioShapeProvider(radio.model, loaded.dataset.communes);
  return { dataset: loaded.dataset, thresholdPct, colocateM, radio, provider };
}

/** A whole number of at least `min` from flag `name`, `fallback` when absent, or a message naming the flag. */
export function readCount(flags: Map<string, string>, name: string, fallback: number, min = 0): number | { error: string } {
  const text = flags.get(name);
  if (text === undefined) return fallback;
  const n = Number(text);
  return Number.isInteger(n) && n >= min ? n : { error: `Expected --${name} to be a whole number of at least ${min}, got "${text}".` };
}
