import { describe, expect, it } from 'vitest';
import { MEASURED_TECHS, TECHS } from '../../src/core/model.ts';

describe('model', () => {
  it('measures 4G, 5G and 6G, all of them known technologies', () => {
    expect(MEASURED_TECHS).toEqual(['4G', '5G', '6G']);
    for (const t of MEASURED_TECHS) expect(TECHS).toContain(t);
  });
});
