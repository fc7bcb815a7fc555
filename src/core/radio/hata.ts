import type { Environment } from '../model.ts';
import type { PathLossCurve } from './pathLossCurve.ts';

const log = Math.log10;

/**
 * Okumura-Hata (`fMHz` below 1500) or COST-231 Hata (1500 and above) as `docs/radio-model.md` states them: the urban
 * loss `A + (44.9 - 6.55 log hb) log(d/1000)`, with `A = 69.55 + 26.16 log f` (Hata 1980) or `46.3 + 33.9 log f`
 * (COST 231) `- 13.82 log hb - a(hm)`, `a(hm) = (1.1 log f - 0.7) hm - (1.56 log f - 0.8)`; dense urban adds 3 dB,
 * suburban takes `2 (log(f/28))^2 + 5.4`, rural (quasi-open) `4.78 (log f)^2 - 18.33 log f + 35.94`.
 */
export function hataCurve(fMHz: number, hbM: number, hmM: number, environment: Environment): PathLossCurve {
  const lf = log(fMHz);
  const aHm = (1.1 * lf - 0.7) * hmM - (1.56 * lf - 0.8);
  let at1km = (fMHz < 1500 ? 69.55 + 26.16 * lf : 46.3 + 33.9 * lf) - 13.82 * log(hbM) - aHm;
  if (environment === 'dense_urban') at1km += 3;
  else if (environment === 'suburban') at1km -= 2 * log(fMHz / 28) ** 2 + 5.4;
  else if (environment === 'rural') at1km -= 4.78 * lf ** 2 - 18.33 * lf + 35.94;
  const slope = 44.9 - 6.55 * log(hbM);
  // log(d / 1000) = log d - 3.
  return { c0: at1km - 3 * slope, c1: slope, minDistanceM: 0, heightDiffM: 0 };
}
