import { COMMUNE_TYPES, MEASURED_TECHS, type CommuneType, type Environment, type MeasuredTech } from '../../core/model.ts';
import { parseRadioModel } from '../../core/radio/parseRadioModel.ts';
import type { RadioModel } from '../../core/radio/radioModel.ts';

/** One row of the offsets table: an operator, a band and a correction in dB, as typed. */
export interface OffsetRow {
  operator: string;
  band: string;
  offsetDb: string;
}

/** The settings panel's form: numbers as typed (a field half typed, "-", must not be lost), offsets as rows. */
export interface RadioDraft {
  thresholdDbm: Record<MeasuredTech, string>;
  marginDb: Record<MeasuredTech, string>;
  cellEdgeReliabilityPct: string;
  shadowingSigmaDb: string;
  environmentByCommuneType: Record<CommuneType, Environment>;
  offsets: OffsetRow[];
  /** Parameters the panel does not show, carried over as they are. */
  rxHeightM: number;
  maxRangeM: number;
}

const byTech = (value: (tech: MeasuredTech) => string) => Object.fromEntries(MEASURED_TECHS.map((t) => [t, value(t)])) as Record<MeasuredTech, string>;

export function draftOf(model: RadioModel): RadioDraft {
  return {
    thresholdDbm: byTech((t) => String(model.thresholdDbm[t])),
    marginDb: byTech((t) => String(model.marginDb[t])),
    cellEdgeReliabilityPct: String(model.cellEdgeReliabilityPct),
    shadowingSigmaDb: String(model.shadowingSigmaDb),
    environmentByCommuneType: { ...model.environmentByCommuneType },
    offsets: Object.entries(model.offsetDb).flatMap(([operator, bands]) =>
      Object.entries(bands).map(([band, db]) => ({ operator, band, offsetDb: String(db) }))),
    rxHeightM: model.rxHeightM,
    maxRangeM: model.maxRangeM,
  };
}

/** A typed number: empty or unreadable text stays text, so the model's parser names the field and what it got. */
const typed = (text: string): number | string => {
  const n = Number(text.trim().replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) ? n : text;
};

/** What the panel checks itself before the parser: offsets rows without an operator or said twice. */
export interface DraftWords {
  radioOffsetNoOperator(row: number): string;
  radioOffsetTwice(row: number): string;
}

/**
 * The model the form describes, read by `parseRadioModel` as the command line reads a model file (the same
 * checks and reasons), or every reason it is not one.
 */
export function draftToModel(draft: RadioDraft, words: DraftWords): { ok: true; model: RadioModel } | { ok: false; errors: string[] } {
  const errors: string[] = [];
  const offsets: Record<string, Record<string, number | string>> = {};
  const seen = new Set<string>();
  draft.offsets.forEach((row, i) => {
    const operator = row.operator.trim();
    if (operator === '') return void errors.push(words.radioOffsetNoOperator(i + 1));
    const key = `${operator.toLowerCase()}|${row.band.toLowerCase()}`;
    if (seen.has(key)) return void errors.push(words.radioOffsetTwice(i + 1));
    seen.add(key);
    (offsets[operator] ??= {})[row.band] = typed(row.offsetDb);
  });
  const file = {
    rx_height_m: draft.rxHeightM,
    max_range_m: draft.maxRangeM,
    threshold_dbm: Object.fromEntries(MEASURED_TECHS.map((t) => [t, typed(draft.thresholdDbm[t])])),
    margin_db: Object.fromEntries(MEASURED_TECHS.map((t) => [t, typed(draft.marginDb[t])])),
    environment_by_commune_type: Object.fromEntries(COMMUNE_TYPES.map((c) => [c, draft.environmentByCommuneType[c]])),
    cell_edge_reliability_pct: typed(draft.cellEdgeReliabilityPct),
    shadowing_sigma_db: typed(draft.shadowingSigmaDb),
    offset_db: offsets,
  };
  const parsed = parseRadioModel(JSON.stringify(file));
  if (!parsed.ok) errors.push(...parsed.errors);
  return errors.length > 0 ? { ok: false, errors } : parsed;
}
