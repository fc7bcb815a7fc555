import { degreesSpan } from '../geometry/distance.ts';
import { KNOWN_OPERATORS, type Station, type Tech } from '../model.ts';
import type { Random } from '../demo/random.ts';
import { stationKey } from '../sites/stationKey.ts';
import type { StationEdit } from './stationEdit.ts';
import type { WhatIfSession } from './whatIfSession.ts';

/** How far a random move takes a station at most, metres. */
const MOVE_M = 2000;

/**
 * One random edit of the session's stations, of a kind drawn uniformly (add, move, remove, co-locate): a new
 * station somewhere in `box` (4G, half of them 5G, a quarter sectored, a third with radii, the others shaped by the radio model), a station moved up to
 * 2 km, a station removed, or an operator put on a site it is absent from. `serial` makes the new station's id
 * (`whatif-N`). For the `whatif` command and the benchmarks.
 */
export function randomEdit(session: WhatIfSession, random: Random, box: readonly [number, number, number, number], serial: number): StationEdit {
  const kind = session.stations.length === 0 ? 'add' : random.pick(['add', 'move', 'remove', 'colocate'] as const);
  const stations = session.stations;
  if (kind === 'move') {
    const s = random.pick(stations);
    const { dLat, dLon } = degreesSpan(random.range(0, MOVE_M), s.lat);
    const bearing = random.range(0, 2 * Math.PI);
    return { kind, key: stationKey(s), lon: s.lon + dLon * Math.sin(bearing), lat: s.lat + dLat * Math.cos(bearing) };
  }
  if (kind === 'remove') return { kind, key: stationKey(random.pick(stations)) };
  const [w, s, e, n] = box;
  const station = createStation(random, `whatif-${serial}`, random.range(w, e), random.range(s, n));
  if (kind === 'colocate' && session.sites.length > 0) {
    for (let tries = 0; tries < 10; tries++) {
      const site = random.pick(session.sites);
      const absent = KNOWN_OPERATORS.filter((op) => !site.operators.includes(op));
      if (absent.length > 0) return { kind, siteId: site.id, station: { ...station, operator: random.pick(absent) } };
    }
  }
  return { kind: 'add', station };
}

function createStation(random: Random, id: string, lon: number, lat: number): Station {
  const techs: Tech[] = random.chance(0.5) ? ['4G', '5G'] : ['4G'];
  const sectored = random.chance(0.25);
  const azimuth = random.range(0, 120);
  return {
    id,
    operator: random.pick(KNOWN_OPERATORS),
    lon,
    lat,
    techs,
    heightM: 30,
    azimuths: sectored ? [azimuth, azimuth + 120, azimuth + 240] : [],
    beamwidthDeg: sectored ? 65 : null,
    band: null,
    eirpDbm: {},
    environment: null,
    towerId: null,
    radiusM: random.chance(0.33) ? { '4G': random.range(1000, 3500), '5G': random.range(300, 900) } : {},
  };
}
