import { communeColumns, summaryColumns, villageColumns } from '../../src/core/export/statsColumns.ts';
import type { LayerWarnings } from '../../src/core/import/crossCheckLayers.ts';
import type { LayerKind } from '../../src/core/import/layerKind.ts';
import type { Dataset } from '../../src/core/model.ts';
import { DEFAULT_RADIO_MODEL } from '../../src/core/radio/radioModel.ts';
import { createRadioShapeProvider } from '../../src/core/radio/radioShapeProvider.ts';
import { computeStats } from '../../src/core/stats/computeStats.ts';
import { choosePlan } from '../../src/core/targets/choosePlan.ts';
import { listPlans } from '../../src/core/targets/listPlans.ts';

/** The figures of one published version, in the columns of the command line's files. */
export interface VersionFigures {
  version: number;
  /** summary.json. */
  summary: Record<string, unknown>;
  /** Per commune code: its communes.csv row and its villages' villages.csv rows. */
  communes: Record<string, { commune: Record<string, unknown>; villages: Record<string, unknown>[] }>;
  /** Rows of each layer published in this version: a figure whose layer has none is "no data", not 0. */
  layers: Record<LayerKind, number>;
}

/**
 * What `npm run cli -- stats` writes for this data set, per commune: `computeStats` with the defaults (the radio
 * model's among them), the plan
 * chosen for the province, targets evaluated today.
 */
export function computeFigures(version: number, dataset: Dataset, warnings: LayerWarnings): VersionFigures {
  const stats = computeStats(dataset, { provider: createRadioShapeProvider(DEFAULT_RADIO_MODEL, dataset.communes) });
  const plan = choosePlan(listPlans().plans, dataset.province.code);
  const summary = summaryColumns(stats, dataset, warnings, plan, new Date().toISOString().slice(0, 10), { model: DEFAULT_RADIO_MODEL, source: null });
  const communes: VersionFigures['communes'] = {};
  for (const c of stats.communes) communes[c.code] = { commune: communeColumns(c, stats.thresholdPct), villages: [] };
  for (const v of stats.villages) communes[v.communeCode]?.villages.push(villageColumns(v, stats.thresholdPct));
  const layers = {
    communes: dataset.communes.length,
    villages: dataset.villages.length,
    stations: dataset.stations.length,
    coverage: dataset.coverage.length,
    fibre: dataset.fibre.routes.length + dataset.fibre.accessPoints.length,
    population: dataset.populationPoints.length,
  };
  return { version, summary, communes, layers };
}
