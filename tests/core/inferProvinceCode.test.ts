import { describe, expect, it } from 'vitest';
import { inferProvinceCode } from '../../src/core/targets/inferProvinceCode.ts';

describe('inferProvinceCode', () => {
  it('names new Bắc Ninh (24) from codes of old Bắc Giang and old Bắc Ninh, and Thái Nguyên (19) from old Bắc Kạn and Thái Nguyên', () => {
    expect(inferProvinceCode(['07210', '09529'])).toBe('24');
    expect(inferProvinceCode(['01840', '05908'])).toBe('19');
  });

  it('goes with the majority and gives null without one', () => {
    expect(inferProvinceCode(['07210', '07228', '01840'])).toBe('24');
    expect(inferProvinceCode(['07210', '01840'])).toBeNull();
  });

  it('gives null for codes of other provinces, made-up codes and no communes', () => {
    expect(inferProvinceCode(['00001', '00004'])).toBeNull();
    expect(inferProvinceCode(['D01', 'D02'])).toBeNull();
    expect(inferProvinceCode([])).toBeNull();
  });
});
