import { useApp } from '../store/useApp.ts';
import { dictionary, type Dictionary } from './i18n.ts';

/** The UI strings in the current language. */
export function useT(): Dictionary {
  return dictionary(useApp((s) => s.language));
}
