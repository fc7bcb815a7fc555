import type { Field } from '../../core/import/headerAliases.ts';
import type { LayerKind } from '../../core/import/layerKind.ts';
import type { Language } from '../../store/appStore.ts';

const vi = {
  title: 'Nhập dữ liệu',
  chooseFile: 'Chọn tệp…',
  dropHint: 'hoặc kéo thả tệp (CSV, Excel, GeoJSON, KML/KMZ, Shapefile .zip) vào trang',
  importing: 'Đang nhập…',
  kind: 'Loại lớp',
  kinds: { stations: 'Trạm BTS', communes: 'Xã, phường', villages: 'Thôn, xóm', coverage: 'Vùng phủ sóng', fibre: 'Cáp quang', population: 'Điểm dân cư' } satisfies Record<LayerKind, string>,
  mapping: 'Cột dữ liệu',
  required: 'bắt buộc',
  noColumn: '— không có —',
  confirm: 'Nhập lớp này',
  cancel: 'Hủy',
  report: 'Kết quả nhập',
  rowsRead: 'Số dòng đọc',
  imported: 'Đã nhập',
  warned: 'Đã sửa, có cảnh báo',
  rejected: 'Bị loại',
  downloadRejected: 'Tải các dòng bị loại (CSV)',
  saved: 'Lớp đã nhập',
  remove: 'Xóa',
  resetDemo: 'Quay lại dữ liệu minh họa',
  export: 'Xuất dữ liệu',
  villageFigures: 'Số liệu thôn',
  communeFigures: 'Số liệu xã',
  villagesGeoJson: 'Thôn kèm số liệu (GeoJSON)',
  mapPng: 'Bản đồ (PNG)',
  fields: {
    stationId: 'Mã trạm', operator: 'Nhà mạng', lat: 'Vĩ độ', lon: 'Kinh độ', tech: 'Công nghệ', heightM: 'Độ cao cột (m)',
    towerId: 'Mã cột', radius4g: 'Bán kính 4G (m)', radius5g: 'Bán kính 5G (m)', radius6g: 'Bán kính 6G (m)',
    azimuths: 'Góc phương vị', beamwidthDeg: 'Độ rộng búp sóng', band: 'Băng tần', villageId: 'Mã thôn',
    communeCode: 'Mã xã', name: 'Tên', fullName: 'Tên đầy đủ', communeType: 'Loại đơn vị', population: 'Dân số',
    households: 'Số hộ', fibre: 'Cáp quang', fibreId: 'Mã tuyến/điểm', fibreKind: 'Loại (tuyến/điểm)',
  } satisfies Record<Field, string>,
};

export type ImportText = typeof vi;

const en: ImportText = {
  title: 'Import data',
  chooseFile: 'Choose a file…',
  dropHint: 'or drop a file (CSV, Excel, GeoJSON, KML/KMZ, zipped Shapefile) on the page',
  importing: 'Importing…',
  kind: 'Layer kind',
  kinds: { stations: 'BTS stations', communes: 'Communes, wards', villages: 'Villages', coverage: 'Coverage areas', fibre: 'Fibre', population: 'Population points' },
  mapping: 'Columns',
  required: 'required',
  noColumn: '— none —',
  confirm: 'Import this layer',
  cancel: 'Cancel',
  report: 'Import report',
  rowsRead: 'Rows read',
  imported: 'Imported',
  warned: 'Fixed, with warnings',
  rejected: 'Rejected',
  downloadRejected: 'Download rejected rows (CSV)',
  saved: 'Imported layers',
  remove: 'Remove',
  resetDemo: 'Back to the demo data',
  export: 'Export',
  villageFigures: 'Village figures',
  communeFigures: 'Commune figures',
  villagesGeoJson: 'Villages with figures (GeoJSON)',
  mapPng: 'Map (PNG)',
  fields: {
    stationId: 'Station id', operator: 'Operator', lat: 'Latitude', lon: 'Longitude', tech: 'Technology', heightM: 'Height (m)',
    towerId: 'Tower id', radius4g: '4G radius (m)', radius5g: '5G radius (m)', radius6g: '6G radius (m)',
    azimuths: 'Azimuths', beamwidthDeg: 'Beamwidth', band: 'Band', villageId: 'Village id',
    communeCode: 'Commune code', name: 'Name', fullName: 'Full name', communeType: 'Commune type', population: 'Population',
    households: 'Households', fibre: 'Fibre', fibreId: 'Route/point id', fibreKind: 'Kind (route/point)',
  },
};

const TEXT: Record<Language, ImportText> = { vi, en };

export function importText(language: Language): ImportText {
  return TEXT[language];
}
