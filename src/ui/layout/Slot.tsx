import { useCallback, useState } from 'react';

/**
 * A DOM node made once, for content rendered into it with `createPortal` from a place in the React tree that never
 * moves: the content keeps its state (an import half done) when the layout shows it somewhere else.
 */
export function usePortalHost(): HTMLDivElement {
  const [host] = useState(() => document.createElement('div'));
  return host;
}

/** Where `host` (see `usePortalHost`) is shown: it moves into the slot mounted last. */
export function Slot({ host }: { host: HTMLDivElement }) {
  const attach = useCallback((element: HTMLDivElement | null) => {
    if (element) element.appendChild(host);
  }, [host]);
  return <div ref={attach} />;
}
