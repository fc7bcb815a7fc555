import { useStore } from 'zustand';
import { appStore, type AppState } from './appStore.ts';

/** Reads a slice of the app store in a component, re-rendering when that slice changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(appStore, selector);
}
