import { findDeadZones, type DeadZone } from '../core/deadZones/findDeadZones.ts';
import type { ShapeProvider } from '../core/coverage/shapeProvider.ts';
import type { Dataset } from '../core/model.ts';

export interface DeadZoneView {
  /** The operator whose 4G alone counts; undefined for any operator. */
  operator: string | undefined;
  /** Largest first by people. */
  zones: DeadZone[];
  /** Operators with 4G stations or 4G coverage areas in the data set, sorted: the choices of the selector. */
  operators: string[];
  /** Cell side used, metres. */
  cellM: number;
}

/**
 * Dead zones of a data set for 4G from any operator, or from `operator` only, stations shaped by `provider`. Does
 * not mutate `dataset`.
 */
export function runDeadZones(dataset: Dataset, provider: ShapeProvider, operator?: string): DeadZoneView {
  const operators = new Set<string>();
  for (const s of dataset.stations) if (s.techs.includes('4G')) operators.add(s.operator);
  for (const c of dataset.coverage) if (c.tech === '4G') operators.add(c.operator);
  const { zones, cellM } = findDeadZones(dataset, operator === undefined ? { provider } : { provider, operator });
  return { operator, zones, operators: [...operators].sort(), cellM };
}
