import type { Province } from '../model.ts';
import { inferProvinceCode } from '../targets/inferProvinceCode.ts';

/** The 2025 provinces whose commune codes `inferProvinceCode` knows, by their official 2-digit code. */
const PROVINCE_NAMES: Record<string, Pick<Province, 'name' | 'nameEn'>> = {
  '19': { name: 'Tỉnh Thái Nguyên', nameEn: 'Thai Nguyen Province' },
  '24': { name: 'Tỉnh Bắc Ninh', nameEn: 'Bac Ninh Province' },
};

/** A user's province whose commune codes name no known province (or that has no communes yet). */
export const UNIDENTIFIED_PROVINCE: Province = { code: '', name: 'Tỉnh chưa xác định', nameEn: 'Province not identified', isDemo: false };

/**
 * The province a user's communes belong to, by their official 5-digit codes (`inferProvinceCode`): its code and
 * name, or `UNIDENTIFIED_PROVINCE` (code "") when no known province has most of them. Never the demo.
 */
export function provinceFromCommunes(communeCodes: readonly string[]): Province {
  const code = inferProvinceCode(communeCodes);
  const names = code === null ? undefined : PROVINCE_NAMES[code];
  return code !== null && names ? { code, ...names, isDemo: false } : { ...UNIDENTIFIED_PROVINCE };
}
