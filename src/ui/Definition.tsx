import { useEffect, useId, useRef, useState } from 'react';
import type { DefinitionId } from '../core/definitions.ts';
import { useT } from './i18n/useT.ts';

/** Width of the definition's box, pixels: it is placed to stay inside the window. */
const WIDTH = 260;

/** Where the text goes: below the "?", inside the window. */
function place(button: HTMLElement | null): { left: number; top: number } | null {
  if (!button) return null;
  const r = button.getBoundingClientRect();
  return { left: Math.max(8, Math.min(r.left, window.innerWidth - WIDTH - 8)), top: r.bottom + 4 };
}

/**
 * A "?" beside a figure that shows, when pressed, how the figure is defined (the exports carry the same text).
 * The text floats over the page below the "?", kept inside the window (a side panel would clip it), following it
 * when the page scrolls, until pressed again or clicked away.
 */
export function Definition({ id }: { id: DefinitionId }) {
  const t = useT();
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const textId = useId();

  const open = at !== null;
  useEffect(() => {
    if (!open) return;
    const close = (e: Event) => {
      if (!button.current?.contains(e.target as Node)) setAt(null);
    };
    const follow = () => setAt(place(button.current));
    window.addEventListener('pointerdown', close);
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
    };
  }, [open]);

  const toggle = () => setAt(open ? null : place(button.current));

  return (
    <span className="definition">
      <button
        ref={button} type="button" className="definition-button" aria-label={t.definition} aria-expanded={open}
        aria-controls={textId} data-definition={id} onClick={toggle}
      >
        ?
      </button>
      {at && <span id={textId} className="definition-text" role="note" style={{ left: at.left, top: at.top, width: WIDTH }}>{t.def[id]}</span>}
    </span>
  );
}
