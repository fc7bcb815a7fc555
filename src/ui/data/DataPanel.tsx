import { useRef, useState } from 'react';
import { VILLAGE_OUTSIDE_M } from '../../core/import/crossCheckLayers.ts';
import { LAYER_KINDS } from '../../core/import/layerKind.ts';
import { useApp } from '../../store/useApp.ts';
import { useT } from '../i18n/useT.ts';
import { PublishedLayers } from './PublishedLayers.tsx';
import './data.css';
import { changeDataset, exportPackage, openPackageFile, openPackageNow, pendingPackageStore, replacedLayers, usePendingPackage } from './packageActions.ts';

/**
 * The "Dữ liệu" panel: whose data is shown (the demo, the user's province, or the server's published data as of a
 * moment) and where it is kept, each layer of the user's province with its file,
 * import date, counts and issues (or "not imported"), what the layers say about each other, and the ways to change it: remove a layer, a new province,
 * back to the demo (the province is kept to reopen), export or open a province package.
 */
export function DataPanel() {
  const t = useT();
  const language = useApp((s) => s.language);
  const dataset = useApp((s) => s.dataset);
  const pending = usePendingPackage();
  const warnings = useApp((s) => s.layerWarnings);
  const [confirmNew, setConfirmNew] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  if (!dataset) return null;
  const number = (n: number) => t.format.number(n);
  const date = (iso: string) => t.format.date(new Date(iso));
  const name = language === 'vi' ? dataset.province.name : dataset.province.nameEn;
  const byKind = new Map(dataset.layers.map((l) => [l.kind, l]));
  const onProvince = dataset.source === 'province';
  const onServer = dataset.source === 'server';
  const storage = dataset.quotaExceeded ? t.quotaExceeded
    : dataset.storage === 'unavailable' ? t.storageUnavailable
    : dataset.storage === 'session' ? t.storageSession
    : onProvince ? t.storedHere : null;

  return (
    <section className="panel-section data-panel" data-testid="data-panel" data-source={dataset.source}>
      <h2>{t.dataTitle}</h2>
      <p data-testid="data-source">{onServer ? t.serverDataset : onProvince ? t.provinceDataset(name) : t.demoDataset}</p>
      {dataset.published && <PublishedLayers published={dataset.published} />}
      {!onServer && storage && <p className={dataset.storage === 'saved' ? 'muted' : 'problem'} data-testid="data-storage" role={dataset.storage === 'saved' ? undefined : 'alert'}>{storage}</p>}
      {onProvince && (
        <ul className="data-layers" data-testid="saved-layers">
          {LAYER_KINDS.map((kind) => {
            const l = byKind.get(kind);
            if (!l) {
              return (
                <li key={kind} data-kind={kind} data-missing="">
                  <span><strong>{t.kinds[kind]}</strong> · {t.notImported}</span>
                </li>
              );
            }
            return (
              <li key={kind} data-kind={kind}>
                <span>
                  <strong>{t.kinds[kind]}</strong> · {l.file}
                  <br />
                  <small>
                    {t.importedOn} {date(l.importedAt)} · {t.counts(number(l.counts.imported), number(l.counts.rejected), number(l.counts.warnings))}
                  </small>
                </span>
                <button type="button" data-remove={kind} onClick={() => void changeDataset({ remove: kind })}>{t.remove}</button>
              </li>
            );
          })}
        </ul>
      )}
      {warnings && (
        <ul className="data-warnings" data-testid="layer-warnings">
          {warnings.villagesWithoutCommune > 0 && <li>{t.villagesWithoutCommune(number(warnings.villagesWithoutCommune))}</li>}
          {warnings.villagesOutsideCommune > 0 && <li>{t.villagesOutsideCommune(number(warnings.villagesOutsideCommune), number(VILLAGE_OUTSIDE_M / 1000))}</li>}
          {warnings.stationsOutsideCommunes > 0 && <li>{t.stationsOutsideCommunes(number(warnings.stationsOutsideCommunes))}</li>}
        </ul>
      )}
      <div className="data-actions">
        {confirmNew ? (
          <p className="confirm" role="alert">
            {t.confirmNewProvince(dataset.layers.length)}{' '}
            <button type="button" data-testid="confirm-new-province" onClick={() => { setConfirmNew(false); void changeDataset('newProvince'); }}>{t.confirmYes}</button>{' '}
            <button type="button" onClick={() => setConfirmNew(false)}>{t.cancel}</button>
          </p>
        ) : (
          <button
            type="button" data-testid="new-province"
            onClick={() => (onProvince && dataset.layers.length > 0 ? setConfirmNew(true) : void changeDataset('newProvince'))}
          >
            {t.newProvince}
          </button>
        )}
        {(onProvince || onServer) && <button type="button" data-testid="reset-demo" onClick={() => void changeDataset('demo')}>{t.backToDemo}</button>}
        {!onProvince && dataset.savedProvince && (
          <button type="button" data-testid="reopen-province" onClick={() => void changeDataset('province')}>
            {t.reopenProvince(language === 'vi' ? dataset.savedProvince.name : dataset.savedProvince.nameEn, dataset.savedProvince.layers)}
          </button>
        )}
      </div>
      <div className="data-actions">
        {onProvince && dataset.layers.length > 0 && (
          <button type="button" data-testid="export-package" onClick={() => void exportPackage()}>{t.exportPackage}</button>
        )}
        <button type="button" data-testid="open-package" onClick={() => input.current?.click()}>{t.openPackage}</button>
        <input
          ref={input} type="file" hidden accept=".zip" data-testid="package-input"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void file.arrayBuffer().then((b) => openPackageFile(new Uint8Array(b), file.name));
          }}
        />
      </div>
      <p className="hint">{t.packageHint}</p>
      {pending && (
        <p className="confirm" role="alert" data-testid="confirm-package">
          {t.confirmOpenPackage(pending.fileName, replacedLayers())}{' '}
          <button type="button" data-testid="confirm-open-package" onClick={() => void openPackageNow(pending.bytes, pending.fileName)}>{t.openIt}</button>{' '}
          <button type="button" onClick={() => pendingPackageStore.setState({ pending: null })}>{t.cancel}</button>
        </p>
      )}
    </section>
  );
}
