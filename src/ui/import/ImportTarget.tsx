import type { LayerKind } from '../../core/import/layerKind.ts';
import { useApp } from '../../store/useApp.ts';
import { useT } from '../i18n/useT.ts';

/**
 * Beside the import step while the demo is shown: importing starts the user's province (nothing of the demo is
 * kept), the communes best first; with a province kept from before, the choice to add the layer to it instead.
 */
export function ImportTarget({ kind, onAddToSaved }: { kind: LayerKind; onAddToSaved(): void }) {
  const t = useT();
  const dataset = useApp((s) => s.dataset);
  const language = useApp((s) => s.language);
  if (dataset?.source !== 'demo') return null;
  const saved = dataset.savedProvince;
  const name = saved ? (language === 'vi' ? saved.name : saved.nameEn) : '';
  return (
    <div className="import-target" role="note" data-testid="import-target">
      <p>{t.demoImport}</p>
      {kind !== 'communes' && <p>{t.demoImportNotCommunes}</p>}
      {saved && (
        <>
          <p>{t.savedReplaced(name)}</p>
          <button type="button" data-testid="add-to-saved" onClick={onAddToSaved}>{t.addToSaved(name)}</button>
        </>
      )}
    </div>
  );
}
