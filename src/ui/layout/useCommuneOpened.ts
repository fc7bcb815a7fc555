import { useState } from 'react';
import { useApp } from '../../store/useApp.ts';

/**
 * Calls `onOpen` while rendering, once each time a commune is opened (a link, a search, a click elsewhere), so the
 * view holding the commune comes to the front in the same render.
 */
export function useCommuneOpened(onOpen: () => void): void {
  const commune = useApp((s) => s.commune);
  const [seen, setSeen] = useState(commune);
  if (commune !== seen) {
    setSeen(commune);
    if (commune) onOpen();
  }
}
