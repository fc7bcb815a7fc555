import { describe, expect, it } from 'vitest';
import { DEFAULT_RADIO_MODEL } from '../../src/core/radio/radioModel.ts';
import { dictionary } from '../../src/ui/i18n/dictionary.ts';
import { draftOf, draftToModel } from '../../src/ui/radio/radioDraft.ts';

const t = dictionary('vi');

describe('the radio model panel\'s form', () => {
  it('gives back the model it was made from', () => {
    const model = { ...DEFAULT_RADIO_MODEL, cellEdgeReliabilityPct: 90, offsetDb: { Viettel: { B3: -4.5 }, VNPT: { n78: 2 } } };
    expect(draftToModel(draftOf(model), t)).toEqual({ ok: true, model });
  });

  it('reads what the user typed as a model file: a 4G threshold, a decimal comma, an offset row', () => {
    const draft = draftOf(DEFAULT_RADIO_MODEL);
    draft.thresholdDbm['4G'] = '-100';
    draft.marginDb['5G'] = '2,5';
    draft.offsets.push({ operator: 'MobiFone', band: 'B1', offsetDb: '-3' });
    const result = draftToModel(draft, t);
    expect(result.ok && result.model.thresholdDbm).toEqual({ '4G': -100, '5G': -110, '6G': -110 });
    expect(result.ok && result.model.marginDb['5G']).toBe(2.5);
    expect(result.ok && result.model.offsetDb).toEqual({ MobiFone: { B1: -3 } });
  });

  it('lists every fault with the command line\'s reasons, and offset rows without an operator or said twice', () => {
    const draft = draftOf(DEFAULT_RADIO_MODEL);
    draft.thresholdDbm['4G'] = '';
    draft.cellEdgeReliabilityPct = '40';
    draft.offsets.push({ operator: '', band: 'B3', offsetDb: '1' }, { operator: 'Viettel', band: 'B3', offsetDb: '1' }, { operator: 'Viettel', band: 'B3', offsetDb: '80' });
    const result = draftToModel(draft, t);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors).toEqual([
      'Dòng hiệu chỉnh 1: chưa chọn nhà mạng',
      'Dòng hiệu chỉnh 3: nhà mạng và băng tần này đã có ở dòng trên',
      'threshold_dbm.4G: expected a received power from -200 to 0 dBm, got ""',
      'cell_edge_reliability_pct: expected a share from 50 to under 100 percent, got 40',
    ]);
  });
});
