import { roundDegrees } from '../export/roundCoordinates.ts';
import type { MeasuredTech, Station } from '../model.ts';

/** Operator of a proposed station when the plan is for coverage by any operator: a tower for all to share. */
export const SHARED_OPERATOR = 'shared';

export interface ProposedStationSpec {
  id: string;
  operator: string;
  tech: MeasuredTech;
  lon: number;
  lat: number;
  /** The tower it stands on (an existing site's, or its own for a new site). */
  towerId: string | null;
  heightM: number | null;
  /** Its radius for `tech`; without one the engine's provider shapes it (the radio model: default band and EIRP). */
  radiusM?: number;
}

/**
 * A station the optimiser proposes: omnidirectional, carrying `tech` only, at a position rounded as the station
 * export writes it, so the figures claimed for it are the ones the exported file gives back. Its band, EIRP and
 * environment are left unknown: the radio model gives it the technology's defaults and its commune's environment,
 * as it does again when the exported file is read back.
 */
export function proposedStation(spec: ProposedStationSpec): Station {
  return {
    id: spec.id,
    operator: spec.operator,
    lon: roundDegrees(spec.lon),
    lat: roundDegrees(spec.lat),
    techs: [spec.tech],
    heightM: spec.heightM,
    azimuths: [],
    beamwidthDeg: null,
    band: null,
    eirpDbm: {},
    environment: null,
    towerId: spec.towerId,
    radiusM: spec.radiusM === undefined ? {} : { [spec.tech]: spec.radiusM },
  };
}

/** Hands out ids `plan-1`, `plan-2`... that no station code or tower id in `stations` uses. */
export function createIdAllocator(stations: readonly Station[]): () => string {
  const taken = new Set<string>();
  for (const s of stations) {
    taken.add(s.id);
    if (s.towerId) taken.add(s.towerId);
  }
  let n = 0;
  return () => {
    let id: string;
    do id = `plan-${++n}`;
    while (taken.has(id));
    taken.add(id);
    return id;
  };
}
