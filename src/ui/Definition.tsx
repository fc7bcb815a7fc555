import { useEffect, useId, useRef, useState } from 'react';
import type { DefinitionId } from '../core/definitions.ts';
import { useT } from './i18n/useT.ts';

/** Width of the definition's box, pixels: it is placed to stay inside the window. */
const WIDTH = 260;

/**
 * A "?" beside a figure that shows, when pressed, how the figure is defined (the exports carry the same text).
 * The text floats over the page, kept inside the window (a side panel would clip it), until pressed again,
 * clicked away or scrolled.
 */
export function Definition({ id }: { id: DefinitionId }) {
  const t = useT();
  const [at, setAt] = useState<{ left: number; top: number } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const textId = useId();

  useEffect(() => {
    if (!at) return;
    const close = (e: Event) => {
      if (e.type === 'pointerdown' && button.current?.contains(e.target as Node)) return;
      setAt(null);
    };
    window.addEventListener('pointerdown', close);
    window.addEventListener('scroll', close, true);
    window.addEventListener('resize', close);
    return () => {
      window.removeEventListener('pointerdown', close);
      window.removeEventListener('scroll', close, true);
      window.removeEventListener('resize', close);
    };
  }, [at]);

  const toggle = () => {
    if (at || !button.current) return setAt(null);
    const r = button.current.getBoundingClientRect();
    setAt({ left: Math.max(8, Math.min(r.left, window.innerWidth - WIDTH - 8)), top: r.bottom + 4 });
  };

  return (
    <span className="definition">
      <button
        ref={button} type="button" className="definition-button" aria-label={t.definition} aria-expanded={at !== null}
        aria-controls={textId} data-definition={id} onClick={toggle}
      >
        ?
      </button>
      {at && <span id={textId} className="definition-text" role="note" style={{ left: at.left, top: at.top, width: WIDTH }}>{t.def[id]}</span>}
    </span>
  );
}
