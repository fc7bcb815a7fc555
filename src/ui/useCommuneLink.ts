import { useEffect } from 'react';
import { appStore } from '../store/appStore.ts';
import { communeUrl, readCommuneParam } from './communeLink.ts';

/**
 * Opens the commune named by `?commune=CODE` on load, and keeps that parameter in the address bar in step with the
 * open commune (replaceState: opening communes does not fill the back button's history).
 */
export function useCommuneLink(): void {
  useEffect(() => {
    const code = readCommuneParam(window.location.search);
    if (code) appStore.getState().openCommune(code);
    return appStore.subscribe((state, previous) => {
      if (state.commune === previous.commune) return;
      window.history.replaceState(window.history.state, '', communeUrl(window.location.href, state.commune));
    });
  }, []);
}
