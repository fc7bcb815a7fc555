import type { PathLossCurve } from './pathLossCurve.ts';

const log = Math.log10;

/** Average building height and street width of the RMa scenario, metres (TR 38.901 defaults). */
const RMA_BUILDING_M = 5;
const RMA_STREET_M = 20;

/**
 * 3GPP TR 38.901 Table 7.4.1-1, RMa NLOS: `161.04 - 7.1 log W + 7.5 log h - (24.37 - 3.7 (h/hb)^2) log hb
 * + (43.42 - 3.1 log hb)(log d3 - 3) + 20 log fc - (3.2 (log(11.75 hm))^2 - 4.97)`, h = 5, W = 20, fc in GHz.
 */
export function rmaNlosCurve(fMHz: number, hbM: number, hmM: number): PathLossCurve {
  const h = RMA_BUILDING_M;
  const slope = 43.42 - 3.1 * log(hbM);
  const fixed =
    161.04 -
    7.1 * log(RMA_STREET_M) +
    7.5 * log(h) -
    (24.37 - 3.7 * (h / hbM) ** 2) * log(hbM) +
    20 * log(fMHz / 1000) -
    (3.2 * log(11.75 * hmM) ** 2 - 4.97);
  return { c0: fixed - 3 * slope, c1: slope, minDistanceM: 10, heightDiffM: hbM - hmM };
}

/** 3GPP TR 38.901 Table 7.4.1-1, UMa NLOS: `13.54 + 39.08 log d3 + 20 log fc - 0.6 (hm - 1.5)`, fc in GHz. */
export function umaNlosCurve(fMHz: number, hbM: number, hmM: number): PathLossCurve {
  return { c0: 13.54 + 20 * log(fMHz / 1000) - 0.6 * (hmM - 1.5), c1: 39.08, minDistanceM: 10, heightDiffM: hbM - hmM };
}
