import type { Dictionary } from '../i18n/dictionary.ts';
import type { SavedLayer } from './savedLayers.ts';

/** The imported layers with their source file and counts, each removable, and the way back to the demo. */
export function SavedLayerList({ t, layers, onRemove, onReset }: {
  t: Dictionary; layers: SavedLayer[]; onRemove(layer: SavedLayer): void; onReset(): void;
}) {
  if (layers.length === 0) return null;
  return (
    <div className="saved-layers">
      <h3>{t.saved}</h3>
      <ul data-testid="saved-layers">
        {layers.map((l) => (
          <li key={l.kind} data-kind={l.kind}>
            <span>
              <strong>{t.kinds[l.kind]}</strong> · {l.file}
              <br />
              <small>{t.imported}: {t.format.number(l.counts.imported)} · {t.rejected}: {t.format.number(l.counts.rejected)}</small>
            </span>
            <button type="button" onClick={() => onRemove(l)}>{t.remove}</button>
          </li>
        ))}
      </ul>
      <button type="button" data-testid="reset-demo" onClick={onReset}>{t.resetDemo}</button>
    </div>
  );
}
