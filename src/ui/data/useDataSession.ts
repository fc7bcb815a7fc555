import { useEffect, useRef, useState } from 'react';
import { appStore } from '../../store/appStore.ts';
import { useApp } from '../../store/useApp.ts';
import type { DatasetInfo, LoadedData } from '../../worker/api.ts';
import { loadInWorker } from '../loadData.ts';
import { startSession } from './session.ts';
import { currentSettings, restoreView, saveSettings, viewKeyOf } from './viewSettings.ts';

/** Which data set a view belongs to: the settings are restored when it changes (demo ↔ province, kept or not). */
const identityOf = (info: DatasetInfo) => `${info.source}|${viewKeyOf(info)}`;

/**
 * The data set the worker shows, loaded at the start and again whenever it changes (`reloadData`: an import, a
 * removal, another tab) and whenever the radio model changes (its coverage rasters follow the model); the view
 * settings follow the data set they belong to, and the province's are kept.
 */
export function useDataSession(): LoadedData | null {
  const [data, setData] = useState<LoadedData | null>(null);
  const dataVersion = useApp((s) => s.dataVersion);
  const radioModel = useApp((s) => s.radioModel);
  const shown = useRef<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    // Progress comes on its own message channel and can arrive after the answer: once done, it would show the
    // loading overlay again for good.
    let done = false;
    const store = appStore.getState();
    store.setProgress(0, 'read');
    startSession()
      .then((first) => {
        shown.current ??= identityOf(first);
        // Starting the session may have restored the data set's own model: that ran this effect again, to load it.
        if (cancelled) return null;
        return loadInWorker({ radio: appStore.getState().radioModel }, (fraction, stage, detail) => {
          if (!cancelled && !done && stage !== 'done') store.setProgress(fraction, stage, detail);
        });
      })
      .then(
        (loaded) => {
          done = true;
          if (cancelled || !loaded) return;
          const identity = identityOf(loaded.info);
          // The data set first: restoring its settings must not be kept as the previous data set's.
          store.setDataset(loaded.info);
          if (identity !== shown.current) restoreView(viewKeyOf(loaded.info));
          shown.current = identity;
          setData(loaded);
          store.finishLoading({ info: loaded.info, summary: loaded.summary, availability: loaded.availability, layerWarnings: loaded.layerWarnings });
        },
        (error: unknown) => {
          if (!cancelled) store.failLoading(error instanceof Error ? error.message : String(error));
        },
      );
    return () => {
      cancelled = true;
    };
  }, [dataVersion, radioModel]);

  useEffect(
    () =>
      appStore.subscribe((s, previous) => {
        if (!s.dataset || (s.thresholdPct === previous.thresholdPct && s.planId === previous.planId && s.radioModel === previous.radioModel)) return;
        saveSettings(viewKeyOf(s.dataset), currentSettings());
      }),
    [],
  );

  return data;
}
