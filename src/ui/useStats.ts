import { useEffect, useState } from 'react';
import { appStore } from '../store/appStore.ts';
import { useApp } from '../store/useApp.ts';
import type { LoadedData } from '../worker/api.ts';
import type { AppStats } from '../worker/runStats.ts';
import { fibreHeadline } from './headlineFigures.ts';
import { statsInWorker } from './loadData.ts';

/** Typing "90" passes through "9": wait for the user to stop before rerunning the engine. */
const THRESHOLD_DEBOUNCE_MS = 300;

/**
 * Runs the engine in the worker once the data is loaded and again whenever the threshold changes; results of
 * an older threshold that arrive late are dropped.
 */
export function useStats(data: LoadedData | null): AppStats | null {
  const [stats, setStats] = useState<AppStats | null>(null);
  const thresholdPct = useApp((s) => s.thresholdPct);

  useEffect(() => {
    if (!data) return;
    let stale = false;
    // Progress comes on its own message channel and can arrive after the result: once done, it would show the
    // progress bar again for good.
    let done = false;
    const store = appStore.getState();
    const timer = setTimeout(() => {
      store.setComputing(true, 0);
      statsInWorker(thresholdPct, (fraction) => {
        if (!stale && !done) store.setComputing(true, fraction);
      }).then(
        (result) => {
          done = true;
          if (stale) return;
          setStats(result);
          store.finishStats(result.stats.province, { headline: fibreHeadline(result), source: result.stats.fibreSource });
        },
        (error: unknown) => {
          if (!stale) store.failLoading(error instanceof Error ? error.message : String(error));
        },
      );
    }, THRESHOLD_DEBOUNCE_MS);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [data, thresholdPct]);

  return stats;
}
