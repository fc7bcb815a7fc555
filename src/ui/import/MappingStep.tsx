import type { ColumnMapping } from '../../core/import/columnMapping.ts';
import type { Field } from '../../core/import/headerAliases.ts';
import { LAYER_FIELDS, type LayerKind } from '../../core/import/layerKind.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import { KindSelect } from './KindSelect.tsx';

interface Props {
  t: Dictionary;
  columns: string[];
  kind: LayerKind;
  mapping: ColumnMapping;
  onChange(kind: LayerKind, mapping: ColumnMapping | undefined): void;
  onConfirm(): void;
  onCancel(): void;
  /** False while the chosen columns do not read as the layer yet (the reason is shown above the step). */
  canConfirm?: boolean;
}

/** The guessed kind and columns, for the user to confirm or correct; each change re-runs the import as a preview. */
export function MappingStep({ t, columns, kind, mapping, onChange, onConfirm, onCancel, canConfirm = true }: Props) {
  const { required, optional } = LAYER_FIELDS[kind];
  const select = (field: Field, isRequired: boolean) => (
    <label key={field} className="mapping-row">
      <span>
        {t.fields[field]}
        {isRequired && <small> ({t.required})</small>}
      </span>
      <select
        data-field={field}
        value={mapping[field] ?? ''}
        onChange={(e) => {
          const next = { ...mapping };
          if (e.target.value) next[field] = e.target.value;
          else delete next[field];
          onChange(kind, next);
        }}
      >
        <option value="">{t.noColumn}</option>
        {columns.map((c) => <option key={c} value={c}>{c}</option>)}
      </select>
    </label>
  );
  return (
    <div className="mapping-step" data-testid="mapping-step">
      <KindSelect t={t} kind={kind} onChange={(k) => onChange(k, undefined)} />
      <h3>{t.mapping}</h3>
      {required.map((f) => select(f, true))}
      {optional.map((f) => select(f, false))}
      <div className="button-row">
        <button type="button" className="primary" disabled={!canConfirm} onClick={onConfirm}>{t.confirm}</button>
        <button type="button" onClick={onCancel}>{t.cancel}</button>
      </div>
    </div>
  );
}
