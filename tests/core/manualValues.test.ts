import { describe, expect, it } from 'vitest';
import { listPlans } from '../../src/core/targets/listPlans.ts';
import { manualMetrics, validateManualValues } from '../../src/core/targets/manualValues.ts';

describe('validateManualValues', () => {
  const known = manualMetrics(listPlans().plans);

  it('knows the manual indicators of the shipped plans with their units, and no measured one', () => {
    expect(known.get('ipv6_pct')).toBe('percent');
    expect(known.get('mobile_download_mbps')).toBe('Mb/s');
    expect(known.has('villages_4g_pct')).toBe(false);
  });

  it('keeps valid entries, reading "28,5" as 28.5 and normalising the source to NFC', () => {
    const { values, problems } = validateManualValues(
      [
        { indicator: 'fixed_bb_subscriptions_per_100', value: '28,5', date: '2025-12-31', source: 'Sở KH&CN'.normalize('NFD') },
        { indicator: 'ipv6_pct', value: 56.69, date: '2025-08-31', source: 'VNNIC' },
      ],
      known,
    );
    expect(problems).toEqual([]);
    expect(values).toEqual([
      { indicator: 'fixed_bb_subscriptions_per_100', value: 28.5, date: '2025-12-31', source: 'Sở KH&CN' },
      { indicator: 'ipv6_pct', value: 56.69, date: '2025-08-31', source: 'VNNIC' },
    ]);
  });

  it('names the row and field of each bad entry and leaves it out', () => {
    const { values, problems } = validateManualValues(
      [
        { indicator: 'ipv6_pct', value: 120, date: '2025-08-31', source: 'VNNIC' },
        { indicator: 'villages_4g_pct', value: 50, date: '2025-08-31', source: 'x' },
        { indicator: 'mobile_download_mbps', value: 'fast', date: '2025-02-30', source: ' ' },
        { indicator: 'mobile_download_mbps', value: 150, date: '2025-02-28', source: 'i-Speed' },
      ],
      known,
    );
    expect(values.map((v) => v.value)).toEqual([150]);
    expect(problems.map((p) => [p.row, p.field])).toEqual([
      [0, 'value'],
      [1, 'indicator'],
      [2, 'value'],
      [2, 'date'],
      [2, 'source'],
    ]);
  });

  it('refuses something that is not a list', () => {
    expect(validateManualValues({ ipv6_pct: 50 }, known).problems).toHaveLength(1);
  });
});
