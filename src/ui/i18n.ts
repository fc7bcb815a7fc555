import type { Language, LayerId } from '../store/appStore.ts';
import type { LoadStage } from '../worker/api.ts';

const vi = {
  appTitle: 'Phủ sóng',
  appSubtitle: 'Hạ tầng viễn thông tỉnh',
  demoBadge: 'Dữ liệu minh họa',
  demoNote: 'Tỉnh minh họa do dự án tự tạo, không phải số liệu thật.',
  layers: 'Lớp bản đồ',
  legend: 'Chú giải',
  settings: 'Cài đặt',
  onlineBasemap: 'Bản đồ nền OpenStreetMap (cần mạng)',
  summary: 'Tổng quan',
  layer: { communes: 'Xã, phường', villages: 'Thôn, xóm', sites: 'Trạm BTS', '4G': 'Vùng phủ 4G', '5G': 'Vùng phủ 5G', '6G': 'Vùng phủ 6G', fibre: 'Cáp quang' } satisfies Record<LayerId, string>,
  operatorsOnSite: (n: number) => (n >= 4 ? '4 nhà mạng trở lên' : `${n} nhà mạng`),
  sitesBySharing: 'Trạm theo số nhà mạng dùng chung',
  coverage: 'Vùng phủ sóng',
  fibreRoute: 'Tuyến cáp quang',
  fibreAccess: 'Điểm truy nhập cáp quang',
  stage: { generate: 'Đang tạo dữ liệu…', sites: 'Đang gom trạm…', coverage: 'Đang tính vùng phủ…', done: 'Xong' } satisfies Record<LoadStage, string>,
  loadFailed: 'Không tải được dữ liệu',
  commune: 'Xã/phường',
  population: 'Dân số',
  households: 'Số hộ',
  fibre: 'Cáp quang',
  yes: 'Có',
  no: 'Chưa có',
  operators: 'Nhà mạng',
  stations: 'Số trạm',
  technologies: 'Công nghệ',
  site: 'Trạm',
  count: { communes: 'Xã, phường', villages: 'Thôn, xóm', population: 'Dân số', sites: 'Vị trí trạm', sharedSites: 'Trạm dùng chung', fibreVillages: 'Thôn có cáp quang' },
  languageLabel: 'Ngôn ngữ',
  numberLocale: 'vi-VN',
};

export type Dictionary = typeof vi;

const en: Dictionary = {
  appTitle: 'Phủ sóng',
  appSubtitle: 'Provincial telecom infrastructure',
  demoBadge: 'Demo data',
  demoNote: 'A demo province made by the project, not real figures.',
  layers: 'Layers',
  legend: 'Legend',
  settings: 'Settings',
  onlineBasemap: 'OpenStreetMap basemap (needs network)',
  summary: 'Overview',
  layer: { communes: 'Communes, wards', villages: 'Villages', sites: 'BTS sites', '4G': '4G coverage', '5G': '5G coverage', '6G': '6G coverage', fibre: 'Fibre' },
  operatorsOnSite: (n: number) => (n >= 4 ? '4 or more operators' : n === 1 ? '1 operator' : `${n} operators`),
  sitesBySharing: 'Sites by operators sharing them',
  coverage: 'Coverage',
  fibreRoute: 'Fibre route',
  fibreAccess: 'Fibre access point',
  stage: { generate: 'Generating data…', sites: 'Grouping sites…', coverage: 'Computing coverage…', done: 'Done' },
  loadFailed: 'Could not load the data',
  commune: 'Commune',
  population: 'Population',
  households: 'Households',
  fibre: 'Fibre',
  yes: 'Yes',
  no: 'Not yet',
  operators: 'Operators',
  stations: 'Stations',
  technologies: 'Technologies',
  site: 'Site',
  count: { communes: 'Communes, wards', villages: 'Villages', population: 'Population', sites: 'Sites', sharedSites: 'Shared sites', fibreVillages: 'Villages with fibre' },
  languageLabel: 'Language',
  numberLocale: 'en-GB',
};

export const DICTIONARIES: Record<Language, Dictionary> = { vi, en };

/** The strings of one language. */
export function dictionary(language: Language): Dictionary {
  return DICTIONARIES[language];
}
