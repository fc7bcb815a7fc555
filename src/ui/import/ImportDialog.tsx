import { useEffect, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  closeLabel: string;
  onClose(): void;
  children: ReactNode;
}

/**
 * The import's steps over the page, always in view: a file dropped on the map showed its next step below the side
 * panel's fold (800 px down at 1280x800). Its body scrolls within the window; Escape or the close button cancels.
 * Not modal and without a backdrop: the page around it (the language switch, the map) stays usable while a file is
 * being looked at, and the map beneath is not composited under a veil on every frame.
 */
export function ImportDialog({ title, closeLabel, onClose, children }: Props) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    box.current?.focus();
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', key);
    return () => window.removeEventListener('keydown', key);
  }, [onClose]);
  return (
    <div ref={box} className="import-dialog" role="dialog" aria-label={title} tabIndex={-1} data-testid="import-dialog">
      <header className="import-dialog-head">
        <h2>{title}</h2>
        <button type="button" aria-label={closeLabel} title={closeLabel} onClick={onClose}>×</button>
      </header>
      <div className="import-dialog-body">{children}</div>
    </div>
  );
}
