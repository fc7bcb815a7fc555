import type { CommuneType } from '../model.ts';

const PREFIX: Record<CommuneType, string> = { xa: 'Xã', phuong: 'Phường', dac_khu: 'Đặc khu' };

/** Words a commune's full name starts with; "Thị trấn" is the pre-2025 town, still found in older files. */
const PREFIXED = /^(xã|phường|đặc khu|thị trấn)\s/iu;

/**
 * A commune's name as people write it, with the word for its kind: "Phường Bắc Giang", "Xã Sơn Động". The official
 * 2025 files carry `name` without it ("Bắc Giang") beside `fullName` with it. The full name wins where given; a name
 * already prefixed is kept; otherwise the prefix of `type` is put before the name, when the type is known (null
 * when nothing in the file said, so a guess never renames a ward "Xã").
 */
export function communeFullName(name: string, fullName: string, type: CommuneType | null): string {
  const full = fullName.trim();
  if (full) return full;
  const short = name.trim();
  if (!short || PREFIXED.test(short) || type === null) return short;
  return `${PREFIX[type]} ${short}`;
}
