import type { CommuneType, Environment, MeasuredTech } from '../model.ts';
import { normalQuantile } from './normalQuantile.ts';

/** The parameters of `docs/radio-model.md` that a model file (or the app's settings panel) may set. */
export interface RadioModel {
  /** Receiver (handset) height, metres. */
  rxHeightM: number;
  /** Weakest received reference signal (RSRP) that counts as coverage, dBm. */
  thresholdDbm: Record<MeasuredTech, number>;
  /** Added to the threshold, dB. */
  marginDb: Record<MeasuredTech, number>;
  /** No bearing reaches farther than this, metres. */
  maxRangeM: number;
  /** Environment of a station that names none, by the type of the commune it stands in. */
  environmentByCommuneType: Record<CommuneType, Environment>;
  /** Above 50, adds `z x shadowingSigmaDb` to the margin, `z` the standard normal quantile of this share. */
  cellEdgeReliabilityPct: number;
  shadowingSigmaDb: number;
  /** Correction added to the received power, dB, by operator then band name. */
  offsetDb: Record<string, Record<string, number>>;
}

/** What a station that does not say uses, per technology. */
export interface TechDefaults {
  band: string;
  eirpDbm: number;
  channelKHz: number;
  spacingKHz: number;
}

/**
 * 4G: LTE on B3, 20 MHz, 15 kHz; 5G: NR on n78, 100 MHz, 30 kHz; 6G: 200 MHz on the 7.75 GHz upper mid-band,
 * 60 kHz. EIRP per sector: 61 dBm for LTE (a 40 W transmitter, 46 dBm, with an 18 dBi panel and 3 dB of feeder),
 * 75 dBm for the massive-MIMO radios of 5G and 6G (200 W, 53 dBm, with about 22 dB of array gain); the README
 * gives the sources.
 */
export const TECH_DEFAULTS: Readonly<Record<MeasuredTech, TechDefaults>> = {
  '4G': { band: 'B3', eirpDbm: 61, channelKHz: 20_000, spacingKHz: 15 },
  '5G': { band: 'n78', eirpDbm: 75, channelKHz: 100_000, spacingKHz: 30 },
  '6G': { band: 'fr3', eirpDbm: 75, channelKHz: 200_000, spacingKHz: 60 },
};

/** Antenna height (metres) and sector beamwidth (degrees) of a station that gives none. */
export const DEFAULT_HEIGHT_M = 30;
export const DEFAULT_BEAMWIDTH_DEG = 65;

/** The model of `docs/radio-model.md` with its defaults. */
export const DEFAULT_RADIO_MODEL: RadioModel = {
  rxHeightM: 1.5,
  thresholdDbm: { '4G': -105, '5G': -110, '6G': -110 },
  marginDb: { '4G': 0, '5G': 0, '6G': 0 },
  maxRangeM: 30_000,
  environmentByCommuneType: { phuong: 'urban', xa: 'rural', dac_khu: 'rural' },
  cellEdgeReliabilityPct: 50,
  shadowingSigmaDb: 8,
  offsetDb: {},
};

/** The whole margin over the threshold for `tech`, dB: the margin plus the cell-edge reliability's share of shadowing. */
export function totalMarginDb(model: RadioModel, tech: MeasuredTech): number {
  const p = model.cellEdgeReliabilityPct;
  const shadowing = p > 50 ? normalQuantile(p / 100) * model.shadowingSigmaDb : 0;
  return model.marginDb[tech] + shadowing;
}
