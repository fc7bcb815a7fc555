import type { Random } from './random.ts';

// Written in NFC and normalised again, so names stay NFC whatever an editor does to this file.
const nfc = (words: string) => words.normalize('NFC').split(' ');

const COMMUNE_FIRST = nfc('Tân Đông Tây Nam Bắc Hòa An Bình Phú Minh Quang Trung Xuân Yên Hưng Thái Việt Đại Hồng Thanh Nghĩa Đức Cẩm Vân Kim Lạc Mỹ Hương Ngọc Phúc');
const COMMUNE_SECOND = nfc('Phong Hòa Sơn Lâm Thịnh Lộc Thuận Tiến Hợp Thành Long Xuân Hương Đồng Vân Hà Mỹ Lương Trường Tâm Quang Hưng Phú Khánh Bình An Định Hải Giang Lĩnh');
const THON_NAMES = nfc('Đông Tây Nam Bắc Trung Thượng Hạ Giữa Ngoài Trong Đình Chùa Cầu Mới Chợ Đồi Gò Bãi Trại Núi').concat(
  ['Tân Lập', 'Tân Sơn', 'Đồng Tâm', 'Hòa Bình', 'An Lạc', 'Phú Mỹ', 'Bình Minh', 'Quyết Tiến', 'Đoàn Kết', 'Thắng Lợi', 'Cầu Đá', 'Làng Mới', 'Tiền Phong', 'Hợp Nhất', 'Đồng Quan', 'Liên Sơn'].map((s) => s.normalize('NFC')),
);
const BAN_FIRST = nfc('Nà Khuổi Pác Bó Phiêng Cốc Khau Lủng Nặm Pò Còn Lũng Pắc Thâm');
const BAN_SECOND = nfc('Lạn Mò Tát Ngòi Củng Hin Lầu Tồng Vai Pảng Cắt Lùng Pài Chang Đon Sla Tậu Piầu Mạ Hoi');

/** `count` distinct two-word Sino-Vietnamese place names ("Tân Phong", "Đông Hòa"), in NFC. */
export function communeNames(count: number, random: Random): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const a = random.pick(COMMUNE_FIRST);
    const b = random.pick(COMMUNE_SECOND);
    if (a !== b) names.add(`${a} ${b}`);
  }
  return [...names];
}

/** Naming styles of villages: town quarters, lowland hamlets (named or numbered), upland hamlets of the Tày. */
export type VillageStyle = 'to_dan_pho' | 'thon' | 'xom' | 'ban';

/**
 * `count` distinct village names of one commune in a style, in NFC: "Tổ dân phố 5", "Thôn Đông", "Xóm 3",
 * "Bản Nà Lạn". Named styles fall back to numbers when their word lists run out.
 */
export function villageNames(style: VillageStyle, count: number, random: Random): string[] {
  const numbered = (prefix: string) => Array.from({ length: count }, (_, i) => `${prefix} ${i + 1}`.normalize('NFC'));
  if (style === 'to_dan_pho') return numbered('Tổ dân phố');
  if (style === 'xom') return numbered('Xóm');
  const names = new Set<string>();
  const capacity = style === 'ban' ? BAN_FIRST.length * BAN_SECOND.length : THON_NAMES.length;
  if (count > capacity / 2) return numbered(style === 'ban' ? 'Bản' : 'Thôn');
  while (names.size < count) {
    names.add(style === 'ban' ? `Bản ${random.pick(BAN_FIRST)} ${random.pick(BAN_SECOND)}` : `Thôn ${random.pick(THON_NAMES)}`);
  }
  return [...names].map((n) => n.normalize('NFC'));
}
