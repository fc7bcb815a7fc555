import type { Environment } from '../model.ts';
import { hataCurve } from './hata.ts';
import type { PathLossCurve } from './pathLossCurve.ts';
import { rmaNlosCurve, umaNlosCurve } from './tr38901.ts';

export const PATH_LOSS_MODELS = ['okumura_hata', 'cost231_hata', 'tr38901_rma_nlos', 'tr38901_uma_nlos'] as const;
export type PathLossModel = (typeof PATH_LOSS_MODELS)[number];

/** Which formula applies: Okumura-Hata below 1500 MHz, COST-231 Hata to 2700 MHz, TR 38.901 NLOS above (RMa when rural). */
export function pathLossModelFor(fMHz: number, environment: Environment): PathLossModel {
  if (fMHz < 1500) return 'okumura_hata';
  if (fMHz <= 2700) return 'cost231_hata';
  return environment === 'rural' ? 'tr38901_rma_nlos' : 'tr38901_uma_nlos';
}

/** The path loss of a band at `fMHz` from an antenna `hbM` high to a receiver `hmM` high, as a curve in distance. */
export function pathLossCurve(fMHz: number, hbM: number, hmM: number, environment: Environment): PathLossCurve {
  const model = pathLossModelFor(fMHz, environment);
  if (model === 'tr38901_rma_nlos') return rmaNlosCurve(fMHz, hbM, hmM);
  if (model === 'tr38901_uma_nlos') return umaNlosCurve(fMHz, hbM, hmM);
  return hataCurve(fMHz, hbM, hmM, environment);
}
