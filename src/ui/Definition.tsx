import { useId, useState } from 'react';
import type { DefinitionId } from '../core/definitions.ts';
import { useT } from './i18n/useT.ts';

/** A "?" beside a figure that shows, when pressed, how the figure is defined (the exports carry the same text). */
export function Definition({ id }: { id: DefinitionId }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const textId = useId();
  return (
    <span className="definition">
      <button
        type="button" className="definition-button" aria-label={t.definition} aria-expanded={open}
        aria-controls={textId} data-definition={id} onClick={() => setOpen(!open)}
      >
        ?
      </button>
      {open && <span id={textId} className="definition-text" role="note">{t.def[id]}</span>}
    </span>
  );
}
