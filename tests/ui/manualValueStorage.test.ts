import { describe, expect, it } from 'vitest';
import { addManualValue, loadManualValues, MANUAL_VALUES_KEY } from '../../src/ui/manualValueStorage.ts';

function createStorage(initial: Record<string, string> = {}) {
  const items = new Map(Object.entries(initial));
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

const KNOWN = new Map([['mobile_broadband_speed', 'Mb/s'], ['digital_literacy_pct', 'percent']]);

describe('hand-entered indicator values in the browser', () => {
  it('keeps a valid entry (Vietnamese decimal comma accepted) and reads it back', () => {
    const storage = createStorage();
    const added = addManualValue(storage, [], { indicator: 'mobile_broadband_speed', value: '85,5', date: '2025-06-30', source: 'Cục Viễn thông' }, KNOWN);
    expect(added.problems).toEqual([]);
    expect(loadManualValues(storage, KNOWN)).toEqual([{ indicator: 'mobile_broadband_speed', value: 85.5, date: '2025-06-30', source: 'Cục Viễn thông' }]);
  });

  it('refuses an entry without a source or with a percentage over 100, storing nothing', () => {
    const storage = createStorage();
    const out = addManualValue(storage, [], { indicator: 'digital_literacy_pct', value: '120', date: '2025-06-30', source: '' }, KNOWN);
    expect(out.problems.map((p) => p.field)).toEqual(['value', 'source']);
    expect(out.values).toEqual([]);
    expect(storage.items.has(MANUAL_VALUES_KEY)).toBe(false);
  });

  it('reads an unreadable store as empty and drops stored entries that no longer validate', () => {
    expect(loadManualValues(createStorage({ [MANUAL_VALUES_KEY]: '{not json' }), KNOWN)).toEqual([]);
    const stored = JSON.stringify([
      { indicator: 'gone_metric', value: 1, date: '2025-01-01', source: 'x' },
      { indicator: 'digital_literacy_pct', value: 40, date: '2025-01-01', source: 'Sở KH&CN' },
    ]);
    expect(loadManualValues(createStorage({ [MANUAL_VALUES_KEY]: stored }), KNOWN).map((v) => v.indicator)).toEqual(['digital_literacy_pct']);
  });
});
