import { useApp } from '../../store/useApp.ts';
import { dictionary, type Dictionary } from './dictionary.ts';

/** Every word of the UI in the current language. */
export function useT(): Dictionary {
  return dictionary(useApp((s) => s.language));
}
