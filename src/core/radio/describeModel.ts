import { MEASURED_TECHS, type MeasuredTech } from '../model.ts';
import { DEFAULT_BEAMWIDTH_DEG, DEFAULT_HEIGHT_M, TECH_DEFAULTS, totalMarginDb, type RadioModel } from './radioModel.ts';

/** The model file's JSON object, every key present. */
export interface RadioModelFile {
  rx_height_m: number;
  threshold_dbm: Record<MeasuredTech, number>;
  margin_db: Record<MeasuredTech, number>;
  max_range_m: number;
  environment_by_commune_type: RadioModel['environmentByCommuneType'];
  cell_edge_reliability_pct: number;
  shadowing_sigma_db: number;
  offset_db: Record<string, Record<string, number>>;
}

const byTech = <T>(value: (tech: MeasuredTech) => T) => Object.fromEntries(MEASURED_TECHS.map((t) => [t, value(t)])) as Record<MeasuredTech, T>;

/** A model in the model file's own format (`docs/radio-model.md`): what `--radio` reads back. */
export function radioModelToFile(model: RadioModel): RadioModelFile {
  return {
    rx_height_m: model.rxHeightM,
    threshold_dbm: { ...model.thresholdDbm },
    margin_db: { ...model.marginDb },
    max_range_m: model.maxRangeM,
    environment_by_commune_type: { ...model.environmentByCommuneType },
    cell_edge_reliability_pct: model.cellEdgeReliabilityPct,
    shadowing_sigma_db: model.shadowingSigmaDb,
    offset_db: structuredClone(model.offsetDb),
  };
}

/**
 * Everything a figure computed with `model` depends on, for `summary.json`: the model file's parameters, the
 * margin they add up to, and the defaults a station that gives no band, EIRP, height or beamwidth takes.
 */
export function describeRadioModel(model: RadioModel, source: string | null) {
  return {
    source: source ?? 'defaults',
    formulas: 'docs/radio-model.md: Okumura-Hata below 1500 MHz, COST-231 Hata to 2700 MHz, 3GPP TR 38.901 RMa/UMa NLOS above',
    ...radioModelToFile(model),
    total_margin_db: byTech((t) => Math.round(totalMarginDb(model, t) * 1000) / 1000),
    station_defaults: {
      height_m: DEFAULT_HEIGHT_M,
      beamwidth_deg: DEFAULT_BEAMWIDTH_DEG,
      ...byTech((t) => ({
        band: TECH_DEFAULTS[t].band,
        eirp_dbm: TECH_DEFAULTS[t].eirpDbm,
        channel_mhz: TECH_DEFAULTS[t].channelKHz / 1000,
        subcarrier_spacing_khz: TECH_DEFAULTS[t].spacingKHz,
      })),
    },
  };
}
