import type { ShapeProvider } from '../core/coverage/shapeProvider.ts';
import type { Dataset } from '../core/model.ts';
import { classifyStats, measureDataset, type DatasetMeasurement } from '../core/stats/computeStats.ts';
import type { StatsResult } from '../core/stats/statsTypes.ts';
import type { MeasuredFigures } from '../core/targets/figures.ts';
import { toMeasuredFigures } from '../core/targets/toMeasuredFigures.ts';

export interface AppStats {
  /**
   * The engine's figures without its list of sites: the page reads sites as counts (`figures.siteCounts`), and
   * handing it one object per site cost seconds of its main thread after a 200,000-station import.
   */
  stats: Omit<StatsResult, 'sites'>;
  /** The same figures as the plan evaluation reads them (households added). */
  figures: MeasuredFigures;
}

/** `fraction` runs from 0 to 1. */
export type StatsProgress = (fraction: number) => void;

/**
 * Measures a data set's villages (the slow part, independent of the threshold), stations shaped by `provider`.
 * Progress is reported about every 1 % of the villages so a proxied callback does not flood the page with
 * messages. Does not mutate `dataset`.
 */
export function measureForApp(dataset: Dataset, provider: ShapeProvider, onProgress?: StatsProgress): DatasetMeasurement {
  let lastStep = -1;
  return measureDataset(dataset, {
    provider,
    onProgress: (done, total) => {
      const step = total === 0 ? 100 : Math.floor((100 * done) / total);
      if (step === lastStep) return;
      lastStep = step;
      onProgress?.(step / 100);
    },
  });
}

/** The app's figures of a measurement at `thresholdPct` (percent): milliseconds, the villages are not measured again. */
export function statsAt(measurement: DatasetMeasurement, dataset: Dataset, thresholdPct: number): AppStats {
  const stats = classifyStats(measurement, thresholdPct);
  const { thresholdPct: pct, colocateM, fibreSource, villages, communes, province } = stats;
  return { stats: { thresholdPct: pct, colocateM, fibreSource, villages, communes, province }, figures: toMeasuredFigures(stats, dataset) };
}

/** Runs the engine on a data set at `thresholdPct` (percent), as the app does. Does not mutate `dataset`. */
export function runStats(dataset: Dataset, thresholdPct: number, provider: ShapeProvider, onProgress?: StatsProgress): AppStats {
  return statsAt(measureForApp(dataset, provider, onProgress), dataset, thresholdPct);
}
