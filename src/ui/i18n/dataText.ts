import { DEFINITIONS, type DefinitionId } from '../../core/definitions.ts';
import type { LayerKind } from '../../core/import/layerKind.ts';

const definitions = (language: 'vi' | 'en') =>
  Object.fromEntries(Object.entries(DEFINITIONS).map(([id, d]) => [id, d[language]])) as Record<DefinitionId, string>;

/** The file that gives a missing layer, as a user is told to import it. */
const NEED_VI: Record<LayerKind, string> = {
  communes: 'Nhập lớp xã, phường',
  villages: 'Nhập lớp thôn, xóm',
  stations: 'Nhập lớp trạm BTS',
  coverage: 'Nhập lớp vùng phủ sóng',
  fibre: 'Nhập lớp cáp quang (hoặc cột Cáp quang trong danh sách thôn)',
  population: 'Nhập lớp điểm dân cư',
};
const NEED_EN: Record<LayerKind, string> = {
  communes: 'Import a communes layer',
  villages: 'Import a village list',
  stations: 'Import a BTS station list',
  coverage: 'Import coverage areas',
  fibre: 'Import a fibre layer (or a fibre column in the village list)',
  population: 'Import population points',
};

/** Words of the Data panel, of figures without data, of the definitions and of where the data is kept. */
const vi = {
  dataTitle: 'Dữ liệu',
  demoDataset: 'Đang xem dữ liệu minh họa (tỉnh do dự án tự tạo, không phải số liệu thật).',
  provinceDataset: (name: string) => `Đang xem tỉnh của bạn: ${name}.`,
  storedHere: 'Lưu trong trình duyệt này.',
  storageUnavailable: 'Trình duyệt không cho lưu dữ liệu: các lớp nhập chỉ dùng được đến khi đóng thẻ này.',
  storageSession: 'Mở từ liên kết hoặc chỉ giữ trong thẻ này: không lưu vào trình duyệt.',
  quotaExceeded: 'Bộ nhớ của trình duyệt đã đầy: lớp vừa nhập chưa được lưu, chỉ dùng được đến khi đóng thẻ này.',
  notImported: 'chưa nhập',
  importedOn: 'Nhập ngày',
  counts: (imported: string, rejected: string, warnings: string) => `${imported} đã nhập · ${rejected} bị loại · ${warnings} cảnh báo`,
  newProvince: 'Tỉnh mới',
  confirmNewProvince: (n: number) => `Xóa ${n} lớp của tỉnh hiện tại và bắt đầu tỉnh mới?`,
  confirmYes: 'Xóa và bắt đầu',
  backToDemo: 'Về dữ liệu minh họa',
  reopenProvince: (name: string, n: number) => `Mở lại tỉnh của bạn (${name}, ${n} lớp)`,
  exportPackage: 'Xuất gói dữ liệu tỉnh (.zip)',
  openPackage: 'Mở gói dữ liệu tỉnh…',
  packageHint: 'Một tệp chứa mọi lớp, ngưỡng, kế hoạch đã chọn và số liệu nhập tay: gửi cho xã để xem cùng số liệu.',
  confirmOpenPackage: (file: string, n: number) => `Mở gói "${file}" thay cho tỉnh hiện tại (${n} lớp sẽ bị thay)?`,
  openIt: 'Mở gói',
  noData: 'không có dữ liệu',
  need: NEED_VI,
  demoImport: 'Bạn đang xem dữ liệu minh họa. Nhập lớp này sẽ bắt đầu tỉnh của bạn: các lớp chưa nhập để trống, không lấy của tỉnh minh họa.',
  demoImportNotCommunes: 'Nên nhập lớp xã, phường trước: tên tỉnh, kế hoạch và số liệu theo xã lấy từ mã xã.',
  addToSaved: (name: string) => `Thêm vào tỉnh đã lưu (${name})`,
  savedReplaced: (name: string) => `"Nhập lớp này" bắt đầu tỉnh mới thay cho tỉnh đã lưu (${name}).`,
  definition: 'Định nghĩa',
  def: definitions('vi'),
  defaultRadiusUsed: (n: string, tech: string) => `${n} trạm ${tech} không có bán kính: vùng phủ theo mô hình vô tuyến`,
  estimating: (done: number, total: number) => `Đang ước tính ranh giới thôn… (${done}/${total} thôn)`,
  dismiss: 'Đóng thông báo',
  villagesWithoutCommune: (n: string) => `${n} thôn ghi mã xã không có trong lớp xã, phường`,
  villagesOutsideCommune: (n: string, km: string) => `${n} thôn nằm cách xã của mình hơn ${km} km`,
  stationsOutsideCommunes: (n: string) => `${n} trạm nằm ngoài mọi xã, phường`,
};

const en: typeof vi = {
  dataTitle: 'Data',
  demoDataset: 'Showing the demo data (a province made by the project, not real figures).',
  provinceDataset: (name) => `Showing your province: ${name}.`,
  storedHere: 'Kept in this browser.',
  storageUnavailable: 'This browser does not let the app keep data: imported layers last until this tab is closed.',
  storageSession: 'Opened from a link or kept in this tab only: not saved in the browser.',
  quotaExceeded: "The browser's storage is full: the layer just imported was not saved and lasts until this tab is closed.",
  notImported: 'not imported',
  importedOn: 'Imported',
  counts: (imported, rejected, warnings) => `${imported} imported · ${rejected} rejected · ${warnings} warnings`,
  newProvince: 'New province',
  confirmNewProvince: (n) => `Delete the ${n} layers of this province and start a new one?`,
  confirmYes: 'Delete and start',
  backToDemo: 'Back to the demo',
  reopenProvince: (name, n) => `Reopen your province (${name}, ${n} layers)`,
  exportPackage: 'Export the province package (.zip)',
  openPackage: 'Open a province package…',
  packageHint: 'One file with every layer, the threshold, the chosen plan and hand-entered values: send it to a commune to see the same figures.',
  confirmOpenPackage: (file, n) => `Open "${file}" in place of this province (its ${n} layers will be replaced)?`,
  openIt: 'Open it',
  noData: 'no data',
  need: NEED_EN,
  demoImport: 'You are looking at the demo data. Importing this layer starts your province: layers not imported stay empty, none is taken from the demo.',
  demoImportNotCommunes: "Import the communes first: the province's name, plan and commune figures come from the commune codes.",
  addToSaved: (name) => `Add to the saved province (${name})`,
  savedReplaced: (name) => `"Import this layer" starts a new province in place of the saved one (${name}).`,
  definition: 'Definition',
  def: definitions('en'),
  defaultRadiusUsed: (n, tech) => `${n} ${tech} stations without a radius: coverage from the radio model`,
  estimating: (done, total) => `Estimating village boundaries… (${done}/${total} villages)`,
  dismiss: 'Dismiss',
  villagesWithoutCommune: (n) => `${n} villages name a commune not in the communes layer`,
  villagesOutsideCommune: (n, km) => `${n} villages lie over ${km} km outside their commune`,
  stationsOutsideCommunes: (n) => `${n} stations stand outside every commune`,
};

export const dataText = { vi, en };
