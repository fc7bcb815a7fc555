import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeRadioModel, radioModelToFile } from '../../../src/core/radio/describeModel.ts';
import { parseRadioModel } from '../../../src/core/radio/parseRadioModel.ts';
import { DEFAULT_RADIO_MODEL } from '../../../src/core/radio/radioModel.ts';

/** The example of docs/radio-model.md, as written there. */
const PAGE_EXAMPLE = `{
  "rx_height_m": 1.5,
  "threshold_dbm": {"4G": -105, "5G": -110, "6G": -110},
  "margin_db": {"4G": 0, "5G": 0, "6G": 0},
  "max_range_m": 30000,
  "environment_by_commune_type": {"phuong": "urban", "xa": "rural", "dac_khu": "rural"},
  "cell_edge_reliability_pct": 50,
  "shadowing_sigma_db": 8,
  "offset_db": {"Viettel": {"B3": -4.5}, "VNPT": {"n78": 2.0}}
}`;

const errorsOf = (text: string) => {
  const r = parseRadioModel(text);
  return r.ok ? [] : r.errors;
};

describe('parseRadioModel', () => {
  it("reads the page's example: the defaults plus its two offsets", () => {
    const r = parseRadioModel(PAGE_EXAMPLE);
    expect(r).toEqual({ ok: true, model: { ...DEFAULT_RADIO_MODEL, offsetDb: { Viettel: { B3: -4.5 }, VNPT: { n78: 2 } } } });
  });

  it('keeps the defaults for what a file leaves out, technology by technology', () => {
    const r = parseRadioModel('{"threshold_dbm": {"5G": -100}, "environment_by_commune_type": {"xa": "suburban"}, "offset_db": {"vinaphone": {"b3": 1}}}');
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(r.model.thresholdDbm).toEqual({ '4G': -105, '5G': -100, '6G': -110 });
    expect(r.model.environmentByCommuneType).toEqual({ phuong: 'urban', xa: 'suburban', dac_khu: 'rural' });
    expect(r.model.offsetDb).toEqual({ VNPT: { B3: 1 } });
    expect(DEFAULT_RADIO_MODEL.thresholdDbm['5G']).toBe(-110);
  });

  it('names every bad value with its key and what was expected', () => {
    expect(errorsOf('{"threshold_dbm": {"4G": "-105", "7G": -100}, "max_range_m": -1, "rx_heigth_m": 2}')).toEqual([
      'threshold_dbm.4G: expected a received power from -200 to 0 dBm, got "-105"',
      'threshold_dbm.7G: unknown technology; expected 4G, 5G, 6G',
      'max_range_m: expected a distance above 0 and at most 200000 m, got -1',
      'rx_heigth_m: unknown key; expected one of rx_height_m, threshold_dbm, margin_db, max_range_m, environment_by_commune_type, cell_edge_reliability_pct, shadowing_sigma_db, offset_db',
    ]);
    expect(errorsOf('{"environment_by_commune_type": {"xa": "jungle", "huyen": "rural"}}')).toEqual([
      'environment_by_commune_type.xa: unknown environment "jungle"; expected dense_urban, urban, suburban, rural',
      'environment_by_commune_type.huyen: unknown commune type; expected xa, phuong, dac_khu',
    ]);
    expect(errorsOf('{"offset_db": {"Viettel": {"B99": 1, "B3": "x"}, "VNPT": 3}}')).toEqual([
      'offset_db.Viettel.B99: unknown band; expected a band of docs/radio-model.md such as B3, n78 or fr3',
      'offset_db.Viettel.B3: expected a correction from -50 to 50 dB, got "x"',
      'offset_db.VNPT: expected an object by band, e.g. {"B3": -4.5}, got 3',
    ]);
    expect(errorsOf('{"cell_edge_reliability_pct": 30, "margin_db": {"4G": -3}, "shadowing_sigma_db": null}')).toEqual([
      'cell_edge_reliability_pct: expected a share from 50 to under 100 percent, got 30',
      'margin_db.4G: expected a margin from 0 to 100 dB (it is added to the threshold), got -3',
      'shadowing_sigma_db: expected a standard deviation from 0 to 30 dB, got null',
    ]);
    expect(errorsOf('{"offset_db": {"__proto__": {"B3": 1}, "constructor": {"B3": 1}}}')).toEqual([
      'offset_db.__proto__: not an operator name',
      'offset_db.constructor: not an operator name',
    ]);
    expect(({} as Record<string, unknown>).B3).toBeUndefined();
    expect(errorsOf('[1, 2]')).toEqual(['expected a JSON object of model parameters']);
    expect(errorsOf('{"rx_height_m": 1.5,}')[0]).toMatch(/^not valid JSON/);
  });

  it('never throws, whatever JSON it is given', () => {
    fc.assert(fc.property(fc.json(), (text) => void parseRadioModel(text)));
    fc.assert(fc.property(fc.string(), (text) => void parseRadioModel(text)));
  });

  it('reads back what radioModelToFile writes; the summary adds the total margin and station defaults', () => {
    const r = parseRadioModel('{"cell_edge_reliability_pct": 90, "offset_db": {"MobiFone": {"n78": -2}}}');
    if (!r.ok) throw new Error(r.errors.join('; '));
    expect(parseRadioModel(JSON.stringify(radioModelToFile(r.model)))).toEqual(r);
    const described = describeRadioModel(r.model, 'model.json');
    expect(described).toMatchObject({ source: 'model.json', cell_edge_reliability_pct: 90, total_margin_db: { '4G': 10.252, '5G': 10.252, '6G': 10.252 } });
    expect(described.station_defaults).toEqual({
      height_m: 30,
      beamwidth_deg: 65,
      '4G': { band: 'B3', eirp_dbm: 61, channel_mhz: 20, subcarrier_spacing_khz: 15 },
      '5G': { band: 'n78', eirp_dbm: 75, channel_mhz: 100, subcarrier_spacing_khz: 30 },
      '6G': { band: 'fr3', eirp_dbm: 75, channel_mhz: 200, subcarrier_spacing_khz: 60 },
    });
  });
});
