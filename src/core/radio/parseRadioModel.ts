import { normaliseOperator } from '../import/parseValues.ts';
import { COMMUNE_TYPES, ENVIRONMENTS, MEASURED_TECHS, type CommuneType, type Environment, type MeasuredTech } from '../model.ts';
import { findBand } from './bands.ts';
import { DEFAULT_RADIO_MODEL, type RadioModel } from './radioModel.ts';

/** The keys of a model file (`docs/radio-model.md`), as written there. */
export const MODEL_FILE_KEYS = [
  'rx_height_m',
  'threshold_dbm',
  'margin_db',
  'max_range_m',
  'environment_by_commune_type',
  'cell_edge_reliability_pct',
  'shadowing_sigma_db',
  'offset_db',
] as const;

export type RadioModelParse = { ok: true; model: RadioModel } | { ok: false; errors: string[] };

type Check = (value: number) => boolean;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const show = (v: unknown) => JSON.stringify(v) ?? String(v);

/**
 * Reads a model file: a JSON object whose keys (all optional) override `DEFAULT_RADIO_MODEL`; per-technology
 * objects may name only some technologies. Every bad value is reported, naming its key and what was expected:
 * unknown keys, technologies, commune types, environments and bands, numbers out of range. Operator names are
 * read as the station importer reads them ("vinaphone" is VNPT). Never throws.
 */
export function parseRadioModel(text: string): RadioModelParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    return { ok: false, errors: [`not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  if (!isObject(json)) return { ok: false, errors: ['expected a JSON object of model parameters'] };
  const errors: string[] = [];
  const model: RadioModel = structuredClone(DEFAULT_RADIO_MODEL);
  const number = (key: string, value: unknown, ok: Check, expected: string): number | undefined => {
    if (typeof value === 'number' && Number.isFinite(value) && ok(value)) return value;
    errors.push(`${key}: expected ${expected}, got ${show(value)}`);
    return undefined;
  };
  const perTech = (key: string, value: unknown, ok: Check, expected: string, into: Record<MeasuredTech, number>) => {
    if (!isObject(value)) return void errors.push(`${key}: expected an object by technology, e.g. {"4G": ...}, got ${show(value)}`);
    for (const [tech, v] of Object.entries(value)) {
      if (!(MEASURED_TECHS as readonly string[]).includes(tech)) errors.push(`${key}.${tech}: unknown technology; expected ${MEASURED_TECHS.join(', ')}`);
      else {
        const n = number(`${key}.${tech}`, v, ok, expected);
        if (n !== undefined) into[tech as MeasuredTech] = n;
      }
    }
  };
  for (const [key, value] of Object.entries(json)) {
    switch (key) {
      case 'rx_height_m':
        model.rxHeightM = number(key, value, (v) => v > 0 && v <= 100, 'a receiver height above 0 and at most 100 m') ?? model.rxHeightM;
        break;
      case 'threshold_dbm':
        perTech(key, value, (v) => v >= -200 && v <= 0, 'a received power from -200 to 0 dBm', model.thresholdDbm);
        break;
      case 'margin_db':
        perTech(key, value, (v) => v >= 0 && v <= 100, 'a margin from 0 to 100 dB (it is added to the threshold)', model.marginDb);
        break;
      case 'max_range_m':
        model.maxRangeM = number(key, value, (v) => v > 0 && v <= 200_000, 'a distance above 0 and at most 200000 m') ?? model.maxRangeM;
        break;
      case 'cell_edge_reliability_pct':
        model.cellEdgeReliabilityPct = number(key, value, (v) => v >= 50 && v < 100, 'a share from 50 to under 100 percent') ?? model.cellEdgeReliabilityPct;
        break;
      case 'shadowing_sigma_db':
        model.shadowingSigmaDb = number(key, value, (v) => v >= 0 && v <= 30, 'a standard deviation from 0 to 30 dB') ?? model.shadowingSigmaDb;
        break;
      case 'environment_by_commune_type':
        readEnvironments(value, model.environmentByCommuneType, errors);
        break;
      case 'offset_db':
        readOffsets(value, model.offsetDb, errors);
        break;
      default:
        errors.push(`${key}: unknown key; expected one of ${MODEL_FILE_KEYS.join(', ')}`);
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, model };
}

function readEnvironments(value: unknown, into: Record<CommuneType, Environment>, errors: string[]): void {
  const key = 'environment_by_commune_type';
  if (!isObject(value)) return void errors.push(`${key}: expected an object by commune type, e.g. {"xa": "rural"}, got ${show(value)}`);
  for (const [type, env] of Object.entries(value)) {
    if (!(COMMUNE_TYPES as readonly string[]).includes(type)) errors.push(`${key}.${type}: unknown commune type; expected ${COMMUNE_TYPES.join(', ')}`);
    else if (typeof env !== 'string' || !(ENVIRONMENTS as readonly string[]).includes(env))
      errors.push(`${key}.${type}: unknown environment ${show(env)}; expected ${ENVIRONMENTS.join(', ')}`);
    else into[type as CommuneType] = env as Environment;
  }
}

function readOffsets(value: unknown, into: Record<string, Record<string, number>>, errors: string[]): void {
  const key = 'offset_db';
  if (!isObject(value)) return void errors.push(`${key}: expected an object by operator then band, e.g. {"Viettel": {"B3": -4.5}}, got ${show(value)}`);
  for (const [operator, bands] of Object.entries(value)) {
    if (!isObject(bands)) {
      errors.push(`${key}.${operator}: expected an object by band, e.g. {"B3": -4.5}, got ${show(bands)}`);
      continue;
    }
    const name = normaliseOperator(operator);
    if (name in {}) {
      errors.push(`${key}.${operator}: not an operator name`);
      continue;
    }
    const own = (into[name] ??= {});
    for (const [bandName, v] of Object.entries(bands)) {
      const band = findBand(bandName);
      if (!band) errors.push(`${key}.${operator}.${bandName}: unknown band; expected a band of docs/radio-model.md such as B3, n78 or fr3`);
      else if (typeof v !== 'number' || !Number.isFinite(v) || Math.abs(v) > 50) errors.push(`${key}.${operator}.${bandName}: expected a correction from -50 to 50 dB, got ${show(v)}`);
      else own[band.name] = v;
    }
  }
}
