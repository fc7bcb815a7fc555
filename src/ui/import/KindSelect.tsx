import { LAYER_KINDS, type LayerKind } from '../../core/import/layerKind.ts';
import type { Dictionary } from '../i18n/dictionary.ts';

/** The layer kind a file is read as: the guess, or none yet when its columns tell nothing (then the user picks). */
export function KindSelect({ t, kind, onChange }: { t: Dictionary; kind: LayerKind | null; onChange(kind: LayerKind): void }) {
  return (
    <label className="mapping-row">
      <span>{t.kind}</span>
      <select data-testid="layer-kind" value={kind ?? ''} onChange={(e) => onChange(e.target.value as LayerKind)}>
        {kind === null && <option value="" disabled>—</option>}
        {LAYER_KINDS.map((k) => <option key={k} value={k}>{t.kinds[k]}</option>)}
      </select>
    </label>
  );
}
