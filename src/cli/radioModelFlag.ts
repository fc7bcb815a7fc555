import { readFile, stat } from 'node:fs/promises';
import { parseRadioModel } from '../core/radio/parseRadioModel.ts';
import { DEFAULT_RADIO_MODEL, type RadioModel } from '../core/radio/radioModel.ts';

export const RADIO_USAGE = '[--radio MODEL.json]';

/** The radio model in use and where it came from: the file named by `--radio`, or null for the defaults. */
export interface RadioChoice {
  model: RadioModel;
  source: string | null;
}

/** A model file is a few hundred bytes; past this it is some other file, not read. */
const MAX_MODEL_FILE_BYTES = 1 << 20;

/**
 * The model of `--radio FILE` (the defaults without it), or every reason the file cannot be used, each line
 * naming the file. Read before the layers, so a bad model stops the run before anything else is read.
 */
export async function readRadioFlag(flags: Map<string, string>): Promise<RadioChoice | { error: string }> {
  const path = flags.get('radio');
  if (path === undefined) return { model: DEFAULT_RADIO_MODEL, source: null };
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_MODEL_FILE_BYTES) return { error: `${path}: ${size} bytes; a model file is a small JSON object (at most ${MAX_MODEL_FILE_BYTES} bytes)` };
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { error: `${path}: cannot read the file (${e instanceof Error ? e.message : String(e)})` };
  }
  const parsed = parseRadioModel(text);
  return parsed.ok ? { model: parsed.model, source: path } : { error: parsed.errors.map((e) => `${path}: ${e}`).join('\n') };
}
