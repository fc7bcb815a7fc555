import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../core/import/columnMapping.ts';
import type { LayerKind } from '../../core/import/layerKind.ts';
import { appStore } from '../../store/appStore.ts';
import { useApp } from '../../store/useApp.ts';
import type { AppStats } from '../../worker/runStats.ts';
import type { LoadedData, WorkerImportResult } from '../../worker/api.ts';
import { importInWorker } from '../loadData.ts';
import { ExportButtons } from './ExportButtons.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import { importText } from './importText.ts';
import { MappingStep } from './MappingStep.tsx';
import { recallMapping, rememberMapping } from './rememberedMapping.ts';
import { SavedLayerList } from './SavedLayerList.tsx';
import { clearLayers, listSavedLayers, removeLayer, saveLayer, type SavedLayer } from './savedLayers.ts';

type Imported = Extract<WorkerImportResult, { ok: true }>;
/** The file being imported: its bytes (to import again with another mapping) and the latest preview. */
interface Pending { bytes: Uint8Array; fileName: string; result: Imported }

/** Import (file picker and drop anywhere on the page), mapping step, report, saved layers and exports. */
export function ImportPanel({ data, stats }: { data: LoadedData | null; stats: AppStats | null }) {
  const language = useApp((s) => s.language);
  const t = importText(language);
  const [progress, setProgress] = useState<number | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<Imported | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<SavedLayer[]>([]);
  const input = useRef<HTMLInputElement>(null);

  const refreshSaved = useCallback(() => void listSavedLayers().then(setSaved), []);
  useEffect(refreshSaved, [refreshSaved]);

  const run = useCallback(async (bytes: Uint8Array, fileName: string, kind?: LayerKind, mapping?: ColumnMapping) => {
    setProgress(0);
    setError(null);
    // Progress comes on its own message channel and can arrive after the result: ignore it once done.
    let finished = false;
    try {
      const options = mapping ? { mapping } : {};
      return await importInWorker(bytes, fileName, kind, options, (n, total) => {
        if (!finished) setProgress(total ? n / total : 1);
      });
    } finally {
      finished = true;
      setProgress(null);
    }
  }, []);

  const show = useCallback((bytes: Uint8Array, result: WorkerImportResult) => {
    if (!result.ok) {
      setError(result.error);
      setPending(null);
      return;
    }
    setPending({ bytes, fileName: result.file, result });
  }, []);

  const openFile = useCallback(async (file: File) => {
    setDone(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    let result = await run(bytes, file.name);
    const remembered = result.ok ? recallMapping(result.columns) : null;
    if (remembered) result = await run(bytes, file.name, remembered.kind, remembered.mapping);
    show(bytes, result);
  }, [run, show]);

  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      const file = e.dataTransfer?.files[0];
      if (file) void openFile(file);
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [openFile]);

  const change = async (kind: LayerKind, mapping: ColumnMapping | undefined) => {
    if (!pending) return;
    const result = await run(pending.bytes, pending.fileName, kind, mapping);
    // A choice the file cannot be read with (a required column left out) keeps the step open with the reason.
    if (result.ok) show(pending.bytes, result);
    else setError(result.error);
  };

  const confirm = async () => {
    if (!pending) return;
    const { result } = pending;
    rememberMapping(result.columns, { kind: result.kind, mapping: result.mapping });
    const { rows, imported, warnings, rejected } = result.report;
    await saveLayer({ kind: result.kind, file: result.file, savedAt: Date.now(), counts: { rows, imported, warnings, rejected }, layer: result.layer });
    setPending(null);
    setDone(result);
    refreshSaved();
    appStore.getState().reloadData();
  };

  const afterChange = () => {
    refreshSaved();
    appStore.getState().reloadData();
  };

  return (
    <section className="panel-section import-panel">
      <h2>{t.title}</h2>
      <button type="button" data-testid="choose-file" onClick={() => input.current?.click()}>{t.chooseFile}</button>
      <input
        ref={input}
        type="file"
        hidden
        data-testid="file-input"
        accept=".csv,.tsv,.txt,.xlsx,.geojson,.json,.kml,.kmz,.zip"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void openFile(file);
        }}
      />
      <p className="hint">{t.dropHint}</p>
      {progress !== null && (
        <div role="status" data-testid="import-progress">
          {t.importing} <progress max={1} value={progress} />
        </div>
      )}
      {error && <p className="import-error" role="alert">{error}</p>}
      {pending && (
        <>
          <MappingStep
            t={t}
            columns={pending.result.columns}
            kind={pending.result.kind}
            mapping={pending.result.mapping}
            onChange={(kind, mapping) => void change(kind, mapping)}
            onConfirm={() => void confirm()}
            onCancel={() => setPending(null)}
          />
          <ImportReportView t={t} language={language} report={pending.result.report} rejectedRows={pending.result.rejectedRows} />
        </>
      )}
      {done && <ImportReportView t={t} language={language} report={done.report} rejectedRows={done.rejectedRows} />}
      <SavedLayerList
        t={t}
        language={language}
        layers={saved}
        onRemove={(l) => void removeLayer(l.kind).then(afterChange)}
        onReset={() => void clearLayers().then(() => { setDone(null); afterChange(); })}
      />
      <h3>{t.export}</h3>
      <ExportButtons t={t} language={language} data={data} stats={stats} />
    </section>
  );
}
