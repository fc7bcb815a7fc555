import { guessMapping, type ColumnMapping } from '../../core/import/columnMapping.ts';
import { LAYER_FIELDS, type LayerKind } from '../../core/import/layerKind.ts';
import type { Dictionary } from '../i18n/dictionary.ts';
import { KindSelect } from './KindSelect.tsx';
import { MappingStep } from './MappingStep.tsx';

interface Props {
  t: Dictionary;
  /** The headers of the table read, empty when the file gave none. */
  columns: string[];
  kind: LayerKind | undefined;
  mapping: ColumnMapping | undefined;
  onChange(kind: LayerKind, mapping: ColumnMapping | undefined): void;
  onCancel(): void;
}

/**
 * The step for a file read as a table that is not yet a layer: its columns tell no kind (the user picks it), or
 * not every required column of the chosen kind (the user picks them, starting from what the headers gave).
 */
export function ChooseStep({ t, columns, kind, mapping, onChange, onCancel }: Props) {
  if (kind && columns.length > 0) {
    const { required, optional } = LAYER_FIELDS[kind];
    return (
      <>
        <p className="hint" data-testid="import-hint">{t.chooseColumns}</p>
        <MappingStep
          t={t}
          columns={columns}
          kind={kind}
          mapping={mapping ?? guessMapping(columns, [...required, ...optional])}
          canConfirm={false}
          onChange={onChange}
          onConfirm={() => undefined}
          onCancel={onCancel}
        />
      </>
    );
  }
  return (
    <>
      {columns.length > 0 && (
        <>
          <p className="hint" data-testid="import-hint">{t.chooseKind}</p>
          <KindSelect t={t} kind={kind ?? null} onChange={(k) => onChange(k, undefined)} />
        </>
      )}
      <div className="button-row">
        <button type="button" onClick={onCancel}>{t.cancel}</button>
      </div>
    </>
  );
}
