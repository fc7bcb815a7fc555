import type { Language } from '../../store/appStore.ts';
import { analysisText } from './analysisText.ts';
import { baseText } from './baseText.ts';
import { communeText } from './communeText.ts';
import { dataText } from './dataText.ts';
import { exportText } from './exportText.ts';
import { importText } from './importText.ts';
import { layoutText } from './layoutText.ts';
import { radioText } from './radioText.ts';

type KeysOf<T> = T extends unknown ? keyof T : never;
/** Keys that more than one of `Parts` defines. */
type SharedKeys<Parts extends object[]> = Parts extends [infer First, ...infer Rest extends object[]]
  ? Extract<keyof First, KeysOf<Rest[number]>> | SharedKeys<Rest>
  : never;
/** Satisfied by any object when the parts share no key; otherwise names the shared keys in a compile error. */
type Disjoint<Parts extends object[]> = [SharedKeys<Parts>] extends [never] ? unknown : { keysInTwoAreas: SharedKeys<Parts> };

/**
 * The one dictionary of the UI, written in areas (one file each) and joined here. A key defined by two areas would
 * let the later one win silently, so the join refuses to compile then.
 */
const vi = {
  ...baseText.vi, ...analysisText.vi, ...communeText.vi, ...importText.vi, ...layoutText.vi, ...exportText.vi, ...dataText.vi, ...radioText.vi,
} satisfies Disjoint<
  [typeof baseText.vi, typeof analysisText.vi, typeof communeText.vi, typeof importText.vi, typeof layoutText.vi, typeof exportText.vi, typeof dataText.vi, typeof radioText.vi]
>;

export type Dictionary = typeof vi;

const en: Dictionary = {
  ...baseText.en, ...analysisText.en, ...communeText.en, ...importText.en, ...layoutText.en, ...exportText.en, ...dataText.en, ...radioText.en,
};

export const DICTIONARIES: Record<Language, Dictionary> = { vi, en };

/** Every word of the UI in `language`; React components read it through `useT()`. */
export function dictionary(language: Language): Dictionary {
  return DICTIONARIES[language];
}
