import type { LayerKind } from '../import/layerKind.ts';
import type { Dataset } from '../model.ts';
import type { FibreSource } from '../stats/statsTypes.ts';
import type { MeasuredMetric } from '../targets/plan.ts';

/** Which of a data set's figures have data behind them. */
export interface DataAvailability {
  communes: boolean;
  villages: boolean;
  /** Some village has people (a village list without a population column gives none). */
  population: boolean;
  /** Stations or coverage areas: what 4G/5G/6G coverage, sites and dead zones are computed from. */
  radio: boolean;
  stations: boolean;
  /** Where fibre comes from: a fibre layer, the villages' own flags, or nowhere. */
  fibre: FibreSource;
}

/** The figures the app shows that need data; each says which layers would give it when it has none. */
export type Figure = 'communes' | 'villages' | 'population' | 'sites' | 'radio' | 'fibre' | 'deadZones';

export function dataAvailability(dataset: Dataset): DataAvailability {
  const fibreLayer = dataset.fibre.routes.length > 0 || dataset.fibre.accessPoints.length > 0;
  return {
    communes: dataset.communes.length > 0,
    villages: dataset.villages.length > 0,
    population: dataset.villages.some((v) => v.population > 0),
    radio: dataset.stations.length > 0 || dataset.coverage.length > 0,
    stations: dataset.stations.length > 0,
    fibre: fibreLayer ? 'layer' : dataset.villages.some((v) => v.fibre !== null) ? 'flag' : null,
  };
}

/**
 * The layers to import for `figure` to have data, in the order to import them; empty when it has data. Fibre is
 * given by a fibre layer or by a fibre column in the village list (both are named: the UI says either).
 */
export function missingFor(figure: Figure, a: DataAvailability): LayerKind[] {
  const need: LayerKind[] = [];
  const villages = () => {
    if (!a.villages) need.push('villages');
  };
  switch (figure) {
    case 'communes':
      if (!a.communes) need.push('communes');
      break;
    case 'villages':
      villages();
      break;
    case 'population':
      if (!a.population) need.push('villages');
      break;
    case 'sites':
      if (!a.stations) need.push('stations');
      break;
    case 'radio':
    case 'deadZones':
      if (figure === 'deadZones' && !a.population) need.push('villages');
      else villages();
      if (!a.radio) need.push('stations');
      break;
    case 'fibre':
      villages();
      if (a.fibre === null) need.push('fibre');
      break;
  }
  return need;
}

/** The figure each measured plan indicator is computed from: what it needs to have a value. */
export const METRIC_FIGURE: Record<MeasuredMetric, Figure> = {
  villages_4g_pct: 'radio',
  population_5g_pct: 'radio',
  population_6g_pct: 'radio',
  population_no_mobile_pct: 'radio',
  villages_fibre_pct: 'fibre',
  households_fibre_access_pct: 'fibre',
  site_sharing_pct: 'sites',
};
