/**
 * Official commune codes (5 digits) of each 2025 province the shipped plans cover, as the ranges of the pre-2025
 * codes it absorbed: a 2025 commune keeps the code of one of the communes merged into it, and pre-2025 codes run
 * in blocks per old province. Ranges are the first and last code each old province contributes
 * (github.com/dvhcvn/20250701, mapping/merges.json).
 */
const PROVINCE_CODE_RANGES: Record<string, readonly (readonly [string, string])[]> = {
  // Thái Nguyên: old Bắc Kạn, old Thái Nguyên.
  '19': [['01834', '02197'], ['05431', '05968']],
  // Bắc Ninh: old Bắc Giang, old Bắc Ninh.
  '24': [['07201', '07885'], ['09163', '09535']],
};

/**
 * The 2-digit code of the 2025 province that more than half of `communeCodes` belong to, by the official 5-digit
 * commune code; null when no province has a majority (other provinces, demo or made-up codes). Only provinces
 * that a shipped plan covers are known. Does not mutate its input.
 */
export function inferProvinceCode(communeCodes: readonly string[]): string | null {
  if (communeCodes.length === 0) return null;
  const counts = new Map<string, number>();
  for (const code of communeCodes) {
    if (!/^\d{5}$/.test(code)) continue;
    for (const [province, ranges] of Object.entries(PROVINCE_CODE_RANGES)) {
      if (ranges.some(([first, last]) => code >= first && code <= last)) counts.set(province, (counts.get(province) ?? 0) + 1);
    }
  }
  for (const [province, n] of counts) if (n * 2 > communeCodes.length) return province;
  return null;
}
