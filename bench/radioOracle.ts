/**
 * An independent computation of the radio model of `docs/radio-model.md`, for checking the engine: it evaluates
 * the page's formulas literally at each point of a fine grid (received power against threshold + margin, for every
 * band and sector of every station), with none of the engine's ranges, polygons or scanlines. Slow; tests and
 * benchmarks only.
 */
import * as turf from '@turf/turf';
import type { Area, Commune, Environment, MeasuredTech, Station } from '../src/core/model.ts';
import type { RadioModel } from '../src/core/radio/radioModel.ts';

const log = Math.log10;
const RAD = Math.PI / 180;
const EARTH_M = 6_371_008.8;

/** The page's bands and per-technology defaults, restated from the page rather than taken from the engine. */
const MHZ: Record<string, number> = {
  B1: 2100, B3: 1800, B8: 900, B28: 700, B40: 2300, B41: 2600,
  n1: 2100, n3: 1800, n28: 700, n41: 2600, n77: 3700, n78: 3500, n79: 4700, n257: 28000, n258: 26000, fr3: 7750,
};
const TECH_OF = (band: string): MeasuredTech => (band === 'fr3' ? '6G' : band.startsWith('n') ? '5G' : '4G');
const DEFAULTS: Record<MeasuredTech, { band: string; eirp: number; channelKHz: number; spacingKHz: number }> = {
  '4G': { band: 'B3', eirp: 61, channelKHz: 20_000, spacingKHz: 15 },
  '5G': { band: 'n78', eirp: 75, channelKHz: 100_000, spacingKHz: 30 },
  '6G': { band: 'fr3', eirp: 75, channelKHz: 200_000, spacingKHz: 60 },
};

/** Formula 3 of the page, as written. */
export function pagePathLoss(f: number, hb: number, hm: number, d: number, env: Environment): number {
  if (f <= 2700) {
    const a = (1.1 * log(f) - 0.7) * hm - (1.56 * log(f) - 0.8);
    const head = f < 1500 ? 69.55 + 26.16 * log(f) : 46.3 + 33.9 * log(f);
    const L = head - 13.82 * log(hb) - a + (44.9 - 6.55 * log(hb)) * log(d / 1000);
    if (env === 'dense_urban') return L + 3;
    if (env === 'suburban') return L - 2 * log(f / 28) ** 2 - 5.4;
    if (env === 'rural') return L - 4.78 * log(f) ** 2 + 18.33 * log(f) - 35.94;
    return L;
  }
  const d3 = Math.sqrt(Math.max(d, 10) ** 2 + (hb - hm) ** 2);
  const fc = f / 1000;
  if (env === 'rural') {
    const h = 5;
    const W = 20;
    return (
      161.04 - 7.1 * log(W) + 7.5 * log(h) - (24.37 - 3.7 * (h / hb) ** 2) * log(hb) + (43.42 - 3.1 * log(hb)) * (log(d3) - 3) +
      20 * log(fc) - (3.2 * log(11.75 * hm) ** 2 - 4.97)
    );
  }
  return 13.54 + 39.08 * log(d3) + 20 * log(fc) - 0.6 * (hm - 1.5);
}

/** Formula 2 of the page. */
function pageGain(phi: number, azimuths: readonly number[], beamwidth: number): number {
  if (azimuths.length === 0) return 0;
  let best = -Infinity;
  for (const az of azimuths) {
    const off = Math.abs((((phi - az) % 360) + 540) % 360 - 180);
    best = Math.max(best, -Math.min(12 * (off / beamwidth) ** 2, 30));
  }
  return best;
}

/** The standard normal quantile by bisection on the distribution function (its Taylor series), not AS 241. */
function quantile(p: number): number {
  const cdf = (z: number) => {
    let term = z;
    let sum = z;
    for (let k = 1; k < 200; k++) {
      term *= (-z * z) / (2 * k);
      sum += term / (2 * k + 1);
    }
    return 0.5 + sum / Math.sqrt(2 * Math.PI);
  };
  let [lo, hi] = [-8, 8];
  for (let i = 0; i < 100; i++) [lo, hi] = cdf((lo + hi) / 2) < p ? [(lo + hi) / 2, hi] : [lo, (lo + hi) / 2];
  return (lo + hi) / 2;
}

interface OracleBand {
  f: number;
  /** `EIRP_RE + offset - threshold - margin`: covered where `A(phi) - PL(d) + budget >= 0`. */
  budget: number;
}

interface OracleStation {
  lon: number;
  lat: number;
  hb: number;
  env: Environment;
  azimuths: number[];
  beamwidth: number;
  bands: OracleBand[];
  /** Farthest reach at boresight, metres, found by bisection (a safe bound for choosing candidates). */
  reachM: number;
}

function haversineM(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const a = Math.sin(((lat2 - lat1) * RAD) / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(((lon2 - lon1) * RAD) / 2) ** 2;
  return 2 * EARTH_M * Math.asin(Math.min(1, Math.sqrt(a)));
}

function bearingDeg(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const y = Math.sin((lon2 - lon1) * RAD) * Math.cos(lat2 * RAD);
  const x = Math.cos(lat1 * RAD) * Math.sin(lat2 * RAD) - Math.sin(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.cos((lon2 - lon1) * RAD);
  return ((Math.atan2(y, x) / RAD) % 360 + 360) % 360;
}

/**
 * The page's model for `tech` over `stations` (none with a typed radius), their environments their own or by the
 * type of the first commune containing them (Turf's point-in-polygon; `xa` outside all).
 */
export function createRadioOracle(stations: readonly Station[], communes: readonly Commune[], model: RadioModel, tech: MeasuredTech) {
  const z = model.cellEdgeReliabilityPct > 50 ? quantile(model.cellEdgeReliabilityPct / 100) : 0;
  const required = model.thresholdDbm[tech] + model.marginDb[tech] + z * model.shadowingSigmaDb;
  const d = DEFAULTS[tech];
  const eirpRe = (eirp: number) => eirp - 10 * log((0.9 * d.channelKHz) / d.spacingKHz);
  const communeFeatures = communes.map((c) => ({ feature: turf.feature(c.geometry), box: turf.bbox(c.geometry), type: c.type }));
  const typeAt = (lon: number, lat: number) =>
    communeFeatures.find((c) => lon >= c.box[0] && lon <= c.box[2] && lat >= c.box[1] && lat <= c.box[3] && turf.booleanPointInPolygon([lon, lat], c.feature))?.type ?? 'xa';
  const prepared: OracleStation[] = stations
    .filter((s) => s.techs.includes(tech))
    .map((s) => {
      const env = s.environment ?? model.environmentByCommuneType[typeAt(s.lon, s.lat)];
      const own = (s.band ?? '').split(';').filter((b) => b in MHZ && TECH_OF(b) === tech);
      const hb = s.heightM ?? 30;
      const bands = (own.length > 0 ? own : [d.band]).map((b) => ({
        f: MHZ[b]!,
        budget: eirpRe(s.eirpDbm[tech] ?? d.eirp) + (model.offsetDb[s.operator]?.[b] ?? 0) - required,
      }));
      let reachM = 0;
      for (const b of bands) {
        let [lo, hi] = [0, model.maxRangeM];
        for (let i = 0; i < 60; i++) [lo, hi] = pagePathLoss(b.f, hb, model.rxHeightM, (lo + hi) / 2, env) <= b.budget ? [(lo + hi) / 2, hi] : [lo, (lo + hi) / 2];
        reachM = Math.max(reachM, hi);
      }
      return { lon: s.lon, lat: s.lat, hb, env, azimuths: s.azimuths, beamwidth: s.beamwidthDeg ?? 65, bands, reachM };
    });

  /** Stations that may reach a point within `radiusM` of `[lon, lat]`. */
  const near = (lon: number, lat: number, radiusM: number) => prepared.filter((s) => haversineM(lon, lat, s.lon, s.lat) <= s.reachM + radiusM + 1);

  /** Whether `[lon, lat]` receives at least threshold + margin from one of `candidates`. */
  const covers = (candidates: readonly OracleStation[], lon: number, lat: number): boolean => {
    for (const s of candidates) {
      const dist = haversineM(s.lon, s.lat, lon, lat);
      if (dist > model.maxRangeM || dist > s.reachM + 1) continue;
      const gain = pageGain(bearingDeg(s.lon, s.lat, lon, lat), s.azimuths, s.beamwidth);
      for (const b of s.bands) if (b.budget + gain - pagePathLoss(b.f, s.hb, model.rxHeightM, dist, s.env) >= 0) return true;
    }
    return false;
  };

  /**
   * The covered share of `village`, percent, counted on a `grid` x `grid` lattice of cell centres over its box
   * (cells of equal area to within 1e-4 over a village): inside-village by the even-odd rule on each row.
   */
  const villagePct = (village: Area, grid: number): number => {
    const [w, s, e, n] = turf.bbox(village);
    const rings = village.type === 'Polygon' ? village.coordinates : village.coordinates.flat();
    const candidates = near((w + e) / 2, (s + n) / 2, haversineM(w, s, e, n) / 2);
    let inside = 0;
    let covered = 0;
    for (let r = 0; r < grid; r++) {
      const lat = s + ((r + 0.5) * (n - s)) / grid;
      const xs: number[] = [];
      for (const ring of rings)
        for (let k = 1; k < ring.length; k++) {
          const [xa, ya] = ring[k - 1]!;
          const [xb, yb] = ring[k]!;
          if (ya! > lat !== yb! > lat) xs.push(xa! + ((lat - ya!) * (xb! - xa!)) / (yb! - ya!));
        }
      xs.sort((a, b) => a - b);
      let j = 0;
      for (let c = 0; c < grid; c++) {
        const lon = w + ((c + 0.5) * (e - w)) / grid;
        while (j < xs.length && xs[j]! < lon) j++;
        if (j % 2 === 0) continue;
        inside++;
        if (covers(candidates, lon, lat)) covered++;
      }
    }
    return inside === 0 ? 0 : (100 * covered) / inside;
  };

  return { villagePct };
}

/**
 * The page's received power (RSRP, dBm) of one operator's band at a point, from the strongest of its stations
 * serving that band within `max_range_m` (the offset of the model included), evaluated literally as
 * `createRadioOracle` does; null where none is in range. For generating drive tests whose truth is known.
 */
export function createPageSignal(stations: readonly Station[], communes: readonly Commune[], model: RadioModel) {
  const communeFeatures = communes.map((c) => ({ feature: turf.feature(c.geometry), box: turf.bbox(c.geometry), type: c.type }));
  const typeAt = (lon: number, lat: number) =>
    communeFeatures.find((c) => lon >= c.box[0] && lon <= c.box[2] && lat >= c.box[1] && lat <= c.box[3] && turf.booleanPointInPolygon([lon, lat], c.feature))?.type ?? 'xa';
  const byGroup = new Map<string, { s: Station; env: Environment; f: number; eirpRe: number }[]>();
  for (const s of stations) {
    const env = s.environment ?? model.environmentByCommuneType[typeAt(s.lon, s.lat)];
    for (const tech of s.techs) {
      if (tech !== '4G' && tech !== '5G' && tech !== '6G') continue;
      const d = DEFAULTS[tech];
      const own = (s.band ?? '').split(';').filter((b) => b in MHZ && TECH_OF(b) === tech);
      const eirpRe = (s.eirpDbm[tech] ?? d.eirp) - 10 * log((0.9 * d.channelKHz) / d.spacingKHz);
      for (const b of own.length > 0 ? own : [d.band]) {
        const key = `${s.operator}|${b}`;
        if (!byGroup.has(key)) byGroup.set(key, []);
        byGroup.get(key)!.push({ s, env, f: MHZ[b]!, eirpRe });
      }
    }
  }
  return {
    /** The stations of an operator's band. */
    stationsOf: (operator: string, band: string) => (byGroup.get(`${operator}|${band}`) ?? []).map((x) => x.s),
    rsrp(lon: number, lat: number, operator: string, band: string): number | null {
      let best: number | null = null;
      for (const { s, env, f, eirpRe } of byGroup.get(`${operator}|${band}`) ?? []) {
        const dist = haversineM(s.lon, s.lat, lon, lat);
        if (dist > model.maxRangeM) continue;
        const gain = pageGain(bearingDeg(s.lon, s.lat, lon, lat), s.azimuths, s.beamwidthDeg ?? 65);
        const rx = eirpRe + gain - pagePathLoss(f, s.heightM ?? 30, model.rxHeightM, Math.max(dist, 1), env) + (model.offsetDb[operator]?.[band] ?? 0);
        if (best === null || rx > best) best = rx;
      }
      return best;
    },
  };
}
