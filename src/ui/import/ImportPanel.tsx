import { useCallback, useEffect, useRef, useState } from 'react';
import type { ColumnMapping } from '../../core/import/columnMapping.ts';
import type { HeaderCandidate } from '../../core/import/findHeaderRow.ts';
import { failureText, type ImportFailure } from '../../core/import/importFailure.ts';
import type { LayerKind } from '../../core/import/layerKind.ts';
import type { CrsName } from '../../core/import/vn2000.ts';
import { appStore } from '../../store/appStore.ts';
import { useApp } from '../../store/useApp.ts';
import type { AppStats } from '../../worker/runStats.ts';
import type { LoadedData, WorkerImportResult } from '../../worker/api.ts';
import { importInWorker } from '../loadData.ts';
import { ChooseStep } from './ChooseStep.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { ImportDialog } from './ImportDialog.tsx';
import { ImportReportView } from './ImportReportView.tsx';
import { useT } from '../i18n/useT.ts';
import { MappingStep } from './MappingStep.tsx';
import { recallMapping, rememberMapping } from './rememberedMapping.ts';
import { SavedLayerList } from './SavedLayerList.tsx';
import { SourceOptions } from './SourceOptions.tsx';
import { clearLayers, listSavedLayers, removeLayer, saveLayer, type SavedLayer } from './savedLayers.ts';

type Imported = Extract<WorkerImportResult, { ok: true }>;
/** What the user chose so far; what is left out the import finds itself. */
interface Choice { kind?: LayerKind; mapping?: ColumnMapping; sheet?: string; crs?: CrsName; headerRow?: number }
/**
 * The file being imported: its bytes (to import again with other choices), the header row it opened with (the key
 * its choices are remembered under), its sheets, and the latest preview (null when the choices give none).
 */
interface Pending {
  bytes: Uint8Array;
  fileName: string;
  key: string[] | null;
  sheets: string[];
  /** The headers of the latest read, also when it gave no preview (to choose the columns for a chosen kind). */
  columns: string[];
  /** The rows that may be the header, and the one read as it, of the latest read of a CSV or sheet. */
  headerCandidates: HeaderCandidate[];
  headerRow: number | undefined;
  choice: Choice;
  result: Imported | null;
}

/** Import (file picker and drop anywhere on the page), mapping step, report, saved layers and exports. */
export function ImportPanel({ data, stats }: { data: LoadedData | null; stats: AppStats | null }) {
  const language = useApp((s) => s.language);
  const t = useT();
  const [progress, setProgress] = useState<number | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [done, setDone] = useState<Imported | null>(null);
  // The failure rather than its text, so that it reads in the language chosen after it came.
  const [error, setError] = useState<{ file: string; failure: ImportFailure } | null>(null);
  const [saved, setSaved] = useState<SavedLayer[]>([]);
  const input = useRef<HTMLInputElement>(null);

  const refreshSaved = useCallback(() => void listSavedLayers().then(setSaved), []);
  useEffect(refreshSaved, [refreshSaved]);

  const run = useCallback(async (bytes: Uint8Array, fileName: string, { kind, ...options }: Choice) => {
    setProgress(0);
    setError(null);
    // Progress comes on its own message channel and can arrive after the result: ignore it once done.
    let finished = false;
    try {
      return await importInWorker(bytes, fileName, kind, options, (n, total) => {
        if (!finished) setProgress(total ? n / total : 1);
      });
    } finally {
      finished = true;
      setProgress(null);
    }
  }, []);

  const openFile = useCallback(async (file: File) => {
    setDone(null);
    const bytes = new Uint8Array(await file.arrayBuffer());
    const first = await run(bytes, file.name, {});
    const key = first.ok ? first.columns : null;
    const remembered = key ? recallMapping(key) : null;
    const choice: Choice = remembered ?? {};
    const result = remembered ? await run(bytes, file.name, choice) : first;
    if (!result.ok) setError(result);
    // A file that reads as nothing still gets the step: another system or sheet may read it.
    setPending({
      bytes, fileName: file.name, key, sheets: first.sheets ?? [], columns: result.columns ?? [],
      headerCandidates: result.headerCandidates ?? [], headerRow: result.headerRow, choice, result: result.ok ? result : null,
    });
  }, [run]);

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

  /**
   * Re-runs the import with `choice`. A choice the file cannot be read with keeps the step open with the reason; the
   * last preview stays when only the columns changed (to correct them), not when the rows come from elsewhere.
   */
  const change = async (choice: Choice) => {
    if (!pending) return;
    const result = await run(pending.bytes, pending.fileName, choice);
    if (!result.ok) setError(result);
    const keep = choice.sheet === pending.choice.sheet && choice.crs === pending.choice.crs && choice.headerRow === pending.choice.headerRow;
    setPending({
      ...pending, choice, columns: result.columns ?? pending.columns,
      headerCandidates: result.headerCandidates ?? pending.headerCandidates, headerRow: result.headerRow ?? pending.headerRow,
      result: result.ok ? result : keep ? pending.result : null,
    });
  };

  const confirm = async () => {
    if (!pending?.result) return;
    const { result, key, choice } = pending;
    if (key) {
      rememberMapping(key, {
        kind: result.kind, mapping: result.mapping,
        ...(result.sheet !== undefined ? { sheet: result.sheet } : {}), ...(choice.crs ? { crs: choice.crs } : {}),
      });
    }
    const { rows, imported, warnings, rejected } = result.report;
    await saveLayer({ kind: result.kind, file: result.file, savedAt: Date.now(), counts: { rows, imported, warnings, rejected }, layer: result.layer });
    setPending(null);
    setDone(result);
    refreshSaved();
    appStore.getState().reloadData();
  };

  const cancel = () => {
    setPending(null);
    setError(null);
  };

  const afterChange = () => {
    refreshSaved();
    appStore.getState().reloadData();
  };

  return (
    <section className="panel-section import-panel">
      <h2>{t.importTitle}</h2>
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
      {progress !== null && !pending && (
        <div role="status" data-testid="import-progress">
          {t.importing} <progress max={1} value={progress} />
        </div>
      )}
      {error && !pending && <p className="import-error" role="alert">{failureText(error.file, error.failure, language)}</p>}
      {pending && (
        <ImportDialog title={`${t.importSteps}: ${pending.fileName}`} closeLabel={t.close} onClose={cancel}>
          {progress !== null && (
            <div role="status" data-testid="import-progress">
              {t.importing} <progress max={1} value={progress} />
            </div>
          )}
          {error && <p className="import-error" role="alert">{failureText(error.file, error.failure, language)}</p>}
          <SourceOptions
            t={t}
            sheets={pending.sheets}
            sheet={pending.choice.sheet ?? pending.result?.sheet}
            crs={pending.choice.crs}
            used={pending.result ? (pending.result.crs ?? null) : undefined}
            inMetres={(pending.result?.report.reasons.coordinates_in_metres ?? 0) > 0}
            headerCandidates={pending.headerCandidates}
            headerRow={pending.headerRow}
            onSheet={(sheet) => void change({ ...(pending.choice.crs ? { crs: pending.choice.crs } : {}), sheet })}
            onCrs={(crs) => void change({ ...pending.choice, crs })}
            onHeaderRow={(headerRow) => void change({ ...pending.choice, mapping: undefined, headerRow })}
          />
          {pending.result ? (
            <>
              <MappingStep
                t={t}
                columns={pending.result.columns}
                kind={pending.result.kind}
                mapping={pending.result.mapping}
                onChange={(kind, mapping) => void change({ ...pending.choice, kind, mapping })}
                onConfirm={() => void confirm()}
                onCancel={cancel}
              />
              <ImportReportView t={t} language={language} report={pending.result.report} rejectedRows={pending.result.rejectedRows} />
            </>
          ) : (
            <ChooseStep
              t={t}
              columns={pending.columns}
              kind={pending.choice.kind}
              mapping={pending.choice.mapping}
              onChange={(kind, mapping) => void change({ ...pending.choice, kind, mapping })}
              onCancel={cancel}
            />
          )}
        </ImportDialog>
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

