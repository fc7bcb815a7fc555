import { useSyncExternalStore } from 'react';

/** Below this width the map takes the screen and the panels become a bottom sheet. */
export const PHONE_QUERY = '(max-width: 767.98px)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia(PHONE_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
};

let onScreen = false;

/**
 * The width on screen. While printing, the page is as narrow as the paper (an A4 page is about 720 px): the layout
 * of the screen stays, or a report printed from a desktop would be laid out as a phone's mid-print.
 */
function snapshot(): boolean {
  if (!window.matchMedia('print').matches) onScreen = window.matchMedia(PHONE_QUERY).matches;
  return onScreen;
}

/** Whether the window is phone-narrow now; re-renders when it crosses the width. */
export function useIsPhone(): boolean {
  return useSyncExternalStore(subscribe, snapshot);
}
