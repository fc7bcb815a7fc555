import KDBush from 'kdbush';
import { METRES_PER_DEGREE } from '../geometry/localFrame.ts';
import type { Commune, MeasuredTech, Station } from '../model.ts';
import { bandsFor, findBand } from '../radio/bands.ts';
import { eirpPerResourceElementDbm } from '../radio/linkBudget.ts';
import { pathLossCurve } from '../radio/pathLoss.ts';
import { curveLossDb, type PathLossCurve } from '../radio/pathLossCurve.ts';
import { TECH_DEFAULTS, type RadioModel } from '../radio/radioModel.ts';
import { patternGainDb } from '../radio/sectorPattern.ts';
import { createEnvironmentLookup } from '../radio/stationEnvironment.ts';
import { stationBeamwidthDeg, stationHeightM } from '../radio/stationRanges.ts';

/** Where a measurement was taken and what it measured: an operator's band. */
export interface RsrpQuery {
  lon: number;
  lat: number;
  operator: string;
  band: string;
}

/** The model's answer at a point: the strongest station's RSRP (dBm, with the model's offset) and which station. */
export interface RsrpPrediction {
  rsrpDbm: number;
  station: Station;
}

/** Below this distance (metres) the Hata formulas' log(d) runs off to infinity; a handset is never closer. */
const MIN_DISTANCE_M = 1;

interface Server {
  station: Station;
  lon: number;
  lat: number;
  /** Metres per degree of longitude at the station. */
  mPerDegLon: number;
  /** `EIRP_RE` of the band without the offset, dBm. */
  eirpReDbm: number;
  curve: PathLossCurve;
  azimuths: number[];
  beamwidthDeg: number;
}

interface Group {
  servers: Server[];
  index: KDBush;
  /** Mean metres per degree of longitude of the group, for the index's coordinates. */
  mPerDegLon: number;
}

const keyOf = (operator: string, band: string) => `${operator}\u0000${band}`;

/**
 * The received reference signal the radio model of `docs/radio-model.md` predicts for a measurement: over every
 * station of the measurement's operator that serves its band (`bandsFor`: its own bands of that technology, else
 * the default band) within `maxRangeM`, the strongest `EIRP_RE + A(phi) - PL(d) + offset` wins. Stations with a
 * typed radius are predicted from their parameters too: the radius is a coverage figure, not a signal. Null
 * where no such station is within range (the model predicts nothing there). Distances and bearings in each
 * station's local frame (under 0.1 % from the great circle at 30 km). Does not mutate its inputs.
 */
export function createRsrpPredictor(stations: readonly Station[], communes: readonly Commune[], model: RadioModel) {
  const environmentOf = createEnvironmentLookup(communes);
  const lists = new Map<string, Server[]>();
  for (const station of stations) {
    for (const tech of station.techs) {
      if (tech !== '4G' && tech !== '5G' && tech !== '6G') continue;
      const t: MeasuredTech = tech;
      const defaults = TECH_DEFAULTS[t];
      const environment = environmentOf(station, model).environment;
      const eirpReDbm = eirpPerResourceElementDbm(station.eirpDbm[t] ?? defaults.eirpDbm, defaults.channelKHz, defaults.spacingKHz);
      for (const band of bandsFor(station.band, t, defaults.band)) {
        const key = keyOf(station.operator, band.name);
        let list = lists.get(key);
        if (!list) lists.set(key, (list = []));
        list.push({
          station,
          lon: station.lon,
          lat: station.lat,
          mPerDegLon: METRES_PER_DEGREE * Math.cos((station.lat * Math.PI) / 180),
          eirpReDbm,
          curve: pathLossCurve(band.mhz, stationHeightM(station), model.rxHeightM, environment),
          azimuths: station.azimuths,
          beamwidthDeg: stationBeamwidthDeg(station),
        });
      }
    }
  }
  const groups = new Map<string, Group>();
  for (const [key, servers] of lists) {
    const mPerDegLon = servers.reduce((s, x) => s + x.mPerDegLon, 0) / servers.length;
    const index = new KDBush(servers.length);
    for (const s of servers) index.add(s.lon * mPerDegLon, s.lat * METRES_PER_DEGREE);
    index.finish();
    groups.set(key, { servers, index, mPerDegLon });
  }
  const offsetOf = (operator: string, band: string): number => {
    const own = Object.hasOwn(model.offsetDb, operator) ? model.offsetDb[operator]! : {};
    return Object.hasOwn(own, band) ? own[band]! : 0;
  };
  const range = model.maxRangeM;

  return {
    /** The strongest station's prediction for `q`, or null where none of its operator and band is within range. */
    predict(q: RsrpQuery): RsrpPrediction | null {
      const band = findBand(q.band);
      const group = band ? groups.get(keyOf(q.operator, band.name)) : undefined;
      if (!band || !group) return null;
      // The index's frame stretches longitude by the group's mean scale: search a little wider, then measure exactly.
      const ids = group.index.within(q.lon * group.mPerDegLon, q.lat * METRES_PER_DEGREE, range * 1.02);
      let best = -Infinity;
      let station: Station | null = null;
      for (const id of ids) {
        const s = group.servers[id]!;
        const dx = (q.lon - s.lon) * s.mPerDegLon;
        const dy = (q.lat - s.lat) * METRES_PER_DEGREE;
        const d = Math.sqrt(dx * dx + dy * dy);
        if (d > range) continue;
        const bearing = ((Math.atan2(dx, dy) * 180) / Math.PI + 360) % 360;
        const rsrp = s.eirpReDbm + patternGainDb(bearing, s.azimuths, s.beamwidthDeg) - curveLossDb(s.curve, Math.max(d, MIN_DISTANCE_M));
        if (rsrp > best) {
          best = rsrp;
          station = s.station;
        }
      }
      return station === null ? null : { rsrpDbm: best + offsetOf(q.operator, band.name), station };
    },
  };
}

/** The model's prediction for each measurement (dBm), NaN where it has none (`createRsrpPredictor`). */
export function predictAll(
  points: readonly RsrpQuery[],
  stations: readonly Station[],
  communes: readonly Commune[],
  model: RadioModel,
): Float64Array {
  const predictor = createRsrpPredictor(stations, communes, model);
  const out = new Float64Array(points.length);
  for (let i = 0; i < points.length; i++) out[i] = predictor.predict(points[i]!)?.rsrpDbm ?? NaN;
  return out;
}
