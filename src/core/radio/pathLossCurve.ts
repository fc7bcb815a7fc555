/**
 * Every path-loss formula of the model has the form `PL(d) = c0 + c1 log10(d3)`, with
 * `d3 = sqrt(max(d, minDistanceM)^2 + heightDiffM^2)`: Hata's `log10(d / 1000)` is `log10 d - 3` (no floor, no
 * height term); 3GPP TR 38.901 uses the 3D distance from 10 m on. Knowing the form lets the range be solved exactly.
 */
export interface PathLossCurve {
  c0: number;
  /** dB per decade of distance. */
  c1: number;
  minDistanceM: number;
  heightDiffM: number;
}

/** Path loss in dB at horizontal distance `dM` metres. */
export function curveLossDb(curve: PathLossCurve, dM: number): number {
  const d = Math.max(dM, curve.minDistanceM);
  return curve.c0 + curve.c1 * Math.log10(Math.sqrt(d * d + curve.heightDiffM ** 2));
}

/**
 * The largest horizontal distance (metres) at which the path loss is at most `lossDb`: the exact inverse of
 * `curveLossDb`, which grows with distance. 0 when even the nearest point loses more (the loss is flat inside
 * `minDistanceM`); Infinity when the loss does not grow (a non-positive slope, from absurd antenna heights).
 */
export function curveRangeM(curve: PathLossCurve, lossDb: number): number {
  if (!(curve.c1 > 0)) return lossDb >= curve.c0 ? Infinity : 0;
  // 10^x as exp(x ln 10): the same value to the last bits or so, and several times faster in V8.
  const d3 = Math.exp(((lossDb - curve.c0) / curve.c1) * Math.LN10);
  const h2 = curve.heightDiffM * curve.heightDiffM;
  if (d3 * d3 < curve.minDistanceM * curve.minDistanceM + h2) return 0;
  return h2 === 0 ? d3 : Math.sqrt(d3 * d3 - h2);
}
