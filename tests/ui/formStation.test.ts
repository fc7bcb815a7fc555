import { describe, expect, it } from 'vitest';
import { formStation } from '../../src/ui/whatif/whatIfActions.ts';

describe('formStation (the what-if add form\'s station)', () => {
  it('takes the form\'s operator, technologies, height, radius for each technology and the valid azimuths', () => {
    const s = formStation({ operator: ' MobiFone ', techs: ['4G', '5G'], heightM: 35, radiusM: 2500, azimuths: '0; 120,240 400 x' }, 106.1, 21.2);
    expect(s).toMatchObject({
      operator: 'MobiFone', lon: 106.1, lat: 21.2, techs: ['4G', '5G'], heightM: 35, azimuths: [0, 120, 240], beamwidthDeg: 65,
      radiusM: { '4G': 2500, '5G': 2500 }, towerId: null,
    });
  });

  it('leaves the radius to the radio model and the station omnidirectional when the form says nothing, with a new code each time', () => {
    const form = { operator: 'VNPT', techs: ['4G' as const], heightM: null, radiusM: null, azimuths: '' };
    const [a, b] = [formStation(form, 106, 21), formStation(form, 106, 21)];
    expect(a).toMatchObject({ radiusM: {}, azimuths: [], beamwidthDeg: null, heightM: null });
    expect(a.id).toMatch(/^WI-/);
    expect(a.id).not.toBe(b.id);
  });
});
