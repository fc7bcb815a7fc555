import { readFile, stat } from 'node:fs/promises';
import { parseRadioModel } from '../core/radio/parseRadioModel.ts';
import type { RadioModel } from '../core/radio/radioModel.ts';

/** A model file is a few hundred bytes; past this it is some other file, not read. */
const MAX_MODEL_FILE_BYTES = 1 << 20;

/** A `--radio` model file, or every reason it cannot be used, each line naming the file. */
export async function readRadioModel(path: string): Promise<{ model: RadioModel } | { error: string }> {
  let text: string;
  try {
    const { size } = await stat(path);
    if (size > MAX_MODEL_FILE_BYTES) return { error: `${path}: ${size} bytes; a model file is a small JSON object (at most ${MAX_MODEL_FILE_BYTES} bytes)` };
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { error: `${path}: cannot read the file (${e instanceof Error ? e.message : String(e)})` };
  }
  const parsed = parseRadioModel(text);
  return parsed.ok ? { model: parsed.model } : { error: parsed.errors.map((e) => `${path}: ${e}`).join('\n') };
}
