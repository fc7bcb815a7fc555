import { radioModelToFile } from '../core/radio/describeModel.ts';
import { parseRadioModel } from '../core/radio/parseRadioModel.ts';
import type { RadioModel } from '../core/radio/radioModel.ts';

let last: { key: string; model: RadioModel } | null = null;

/**
 * A model the page sent, checked as the command line checks a model file (`parseRadioModel` of its file form), and
 * its key: the file form as text, which names a measurement. The page checks too, but the worker owns the
 * figures and does not take a bad model from anyone. Throws with every fault found.
 */
export function checkedRadioModel(radio: RadioModel): { key: string; model: RadioModel } {
  const key = JSON.stringify(radioModelToFile(radio));
  if (last?.key === key) return last;
  const parsed = parseRadioModel(key);
  if (!parsed.ok) throw new Error(`Radio model: ${parsed.errors.join('; ')}`);
  last = { key, model: parsed.model };
  return last;
}
