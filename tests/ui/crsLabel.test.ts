import { describe, expect, it } from 'vitest';
import { crsLabel, formatMeridian } from '../../src/ui/import/crsLabel.ts';
import { dictionary } from '../../src/ui/i18n/dictionary.ts';

describe('crsLabel', () => {
  it('prints meridians in degrees and minutes', () => {
    expect([105, 105.5, 104.75, 107.25].map(formatMeridian)).toEqual(['105°', '105°30′', '104°45′', '107°15′']);
  });

  it('names national systems, zones by meridian, and a .prj by its PROJCS name, in both languages', () => {
    const vi = dictionary('vi');
    expect(crsLabel('VN2000:TM3:105.5', vi)).toBe('VN-2000 TM-3, kinh tuyến trục 105°30′');
    expect(crsLabel('EPSG:3405', dictionary('en'))).toBe('VN-2000 UTM zone 48N (105°)');
    expect(crsLabel('EPSG:4326', vi)).toBe('WGS84 (độ, GPS)');
    expect(crsLabel('PROJCS["Indian_1960_UTM_Zone_48N",GEOGCS["x"]]', vi)).toBe('Indian_1960_UTM_Zone_48N');
  });
});
