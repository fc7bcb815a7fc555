import { useEffect, useState } from 'react';
import { appStore } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import type { LoadedData } from '../worker/api.ts';
import type { AppStats } from '../worker/runStats.ts';
import { fibreHeadline } from './headlineFigures.ts';
import { statsInWorker } from './loadData.ts';
import { onEditedStats } from './whatif/whatIfActions.ts';

/** Typing "90" passes through "9": wait for the user to stop before asking for the figures again. */
const THRESHOLD_DEBOUNCE_MS = 300;

/**
 * The engine's figures for the data shown: asked of the worker once the data is loaded and again whenever the
 * threshold changes; results of an older threshold that arrive late are dropped, and figures of another data set
 * are never returned (a new province does not show the previous one's figures while its own are computed). After
 * a what-if edit, the figures its answer carries.
 */
export function useStats(data: LoadedData | null): AppStats | null {
  const [shown, setShown] = useState<{ data: LoadedData; stats: AppStats } | null>(null);
  const thresholdPct = useApp((s) => s.thresholdPct);

  useEffect(() => {
    if (!data) return;
    let stale = false;
    // Progress comes on its own message channel and can arrive after the result: once done, it would show the
    // progress bar again for good.
    let done = false;
    const store = appStore.getState();
    const run = () => {
      store.setComputing(true, 0);
      // The model the data was loaded with: a model change loads the data again, which runs this again.
      statsInWorker(thresholdPct, appStore.getState().radioModel, (fraction) => {
        if (!stale && !done) store.setComputing(true, fraction);
      }).then(
        (result) => {
          done = true;
          if (stale) return;
          setShown({ data, stats: result });
          store.finishStats(result.stats.province, { headline: fibreHeadline(result), source: result.stats.fibreSource });
        },
        (error: unknown) => {
          if (!stale) store.failLoading(error instanceof Error ? error.message : String(error));
        },
      );
    };
    // New data is measured at once; a threshold change waits for the typing to stop.
    const timer = shown?.data === data ? setTimeout(run, THRESHOLD_DEBOUNCE_MS) : setTimeout(run, 0);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
    // `shown` is read to tell a new data set from a threshold change, not to rerun on its own change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [data, thresholdPct]);

  // A what-if edit answers with the figures after it: shown as they come, nothing measured again.
  useEffect(() => {
    onEditedStats((stats) => {
      setShown((s) => (s ? { data: s.data, stats } : s));
      appStore.getState().finishStats(stats.stats.province, { headline: fibreHeadline(stats), source: stats.stats.fibreSource });
    });
    return () => onEditedStats(null);
  }, []);

  return shown?.data === data ? shown.stats : null;
}
