import type { Language } from '../../store/appStore.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import type { SavedLayer } from './savedLayers.ts';

/** The imported layers with their source file and counts, each removable, and the way back to the demo. */
export function SavedLayerList({ t, language, layers, onRemove, onReset }: {
  t: Dictionary; language: Language; layers: SavedLayer[]; onRemove(layer: SavedLayer): void; onReset(): void;
}) {
  if (layers.length === 0) return null;
  const number = new Intl.NumberFormat(language === 'vi' ? 'vi-VN' : 'en-GB');
  return (
    <div className="saved-layers">
      <h3>{t.saved}</h3>
      <ul data-testid="saved-layers">
        {layers.map((l) => (
          <li key={l.kind} data-kind={l.kind}>
            <span>
              <strong>{t.kinds[l.kind]}</strong> · {l.file}
              <br />
              <small>{t.imported}: {number.format(l.counts.imported)} · {t.rejected}: {number.format(l.counts.rejected)}</small>
            </span>
            <button type="button" onClick={() => onRemove(l)}>{t.remove}</button>
          </li>
        ))}
      </ul>
      <button type="button" data-testid="reset-demo" onClick={onReset}>{t.resetDemo}</button>
    </div>
  );
}
