import { numberFormat } from '../../core/format/numberFormat.ts';

const viNumber = numberFormat('vi').number;
const enNumber = numberFormat('en').number;

/** Words of the commune view. */
const vi = {
  unknownCommune: (code: string) => `Không có xã, phường nào mã "${code}" trong dữ liệu đã tải.`,
  pickCommune: 'Gõ tên xã, phường để xem chỉ tiêu, thôn và trạm của xã.',
  code: 'Mã',
  villagesOf: (n: number) => `Thôn, xóm (${viNumber(n)})`,
  coveredAt: (pct: number) => `✓ = đạt ngưỡng ${viNumber(pct, 1)} %`,
  sitesLine: (sites: number, shared: number) => `${viNumber(sites)} vị trí trạm, ${viNumber(shared)} dùng chung`,
  noSites: 'Không có trạm',
  close: 'Đóng',
  reportDate: 'Ngày lập',
  mapAlt: 'Bản đồ xã',
};

const en: typeof vi = {
  unknownCommune: (code) => `No commune with code "${code}" in the loaded data.`,
  pickCommune: "Type a commune's name to see its indicators, villages and sites.",
  code: 'Code',
  villagesOf: (n) => `Villages (${enNumber(n)})`,
  coveredAt: (pct) => `✓ = reaches ${enNumber(pct, 1)} %`,
  sitesLine: (sites, shared) => `${enNumber(sites)} sites, ${enNumber(shared)} shared`,
  noSites: 'No sites',
  close: 'Close',
  reportDate: 'Date',
  mapAlt: 'Map of the commune',
};

export const communeText = { vi, en };
