import type { Field } from './headerAliases.ts';
import type { ImportKind } from './layerKind.ts';

/** The languages the app speaks: Vietnamese first, English second. */
export type TextLanguage = 'vi' | 'en';

export type Bilingual = Record<TextLanguage, string>;

/** What the app calls each field, in the mapping step and in messages about missing columns. */
export const FIELD_LABEL: Record<Field, Bilingual> = {
  stationId: { vi: 'Mã trạm', en: 'Station id' },
  operator: { vi: 'Nhà mạng', en: 'Operator' },
  lat: { vi: 'Vĩ độ', en: 'Latitude' },
  lon: { vi: 'Kinh độ', en: 'Longitude' },
  tech: { vi: 'Công nghệ', en: 'Technology' },
  heightM: { vi: 'Độ cao cột (m)', en: 'Height (m)' },
  towerId: { vi: 'Mã cột', en: 'Tower id' },
  radius4g: { vi: 'Bán kính 4G (m)', en: '4G radius (m)' },
  radius5g: { vi: 'Bán kính 5G (m)', en: '5G radius (m)' },
  radius6g: { vi: 'Bán kính 6G (m)', en: '6G radius (m)' },
  azimuths: { vi: 'Góc phương vị', en: 'Azimuths' },
  beamwidthDeg: { vi: 'Độ rộng búp sóng', en: 'Beamwidth' },
  band: { vi: 'Băng tần', en: 'Band' },
  eirp4g: { vi: 'Công suất phát 4G (dBm)', en: '4G EIRP (dBm)' },
  eirp5g: { vi: 'Công suất phát 5G (dBm)', en: '5G EIRP (dBm)' },
  eirp6g: { vi: 'Công suất phát 6G (dBm)', en: '6G EIRP (dBm)' },
  environment: { vi: 'Môi trường', en: 'Environment' },
  villageId: { vi: 'Mã thôn', en: 'Village id' },
  communeCode: { vi: 'Mã xã', en: 'Commune code' },
  name: { vi: 'Tên', en: 'Name' },
  fullName: { vi: 'Tên đầy đủ', en: 'Full name' },
  communeType: { vi: 'Loại đơn vị', en: 'Commune type' },
  population: { vi: 'Dân số', en: 'Population' },
  households: { vi: 'Số hộ', en: 'Households' },
  fibre: { vi: 'Cáp quang', en: 'Fibre' },
  fibreId: { vi: 'Mã tuyến/điểm', en: 'Route/point id' },
  fibreKind: { vi: 'Loại (tuyến/điểm)', en: 'Kind (route/point)' },
  rsrpDbm: { vi: 'Mức thu RSRP (dBm)', en: 'RSRP (dBm)' },
  time: { vi: 'Thời gian', en: 'Time' },
  downloadMbps: { vi: 'Tốc độ tải xuống (Mb/s)', en: 'Download (Mb/s)' },
  uploadMbps: { vi: 'Tốc độ tải lên (Mb/s)', en: 'Upload (Mb/s)' },
  quadkey: { vi: 'Mã ô (quadkey)', en: 'Quadkey' },
  avgDKbps: { vi: 'Tốc độ tải xuống (kbps)', en: 'Download (kbps)' },
  avgUKbps: { vi: 'Tốc độ tải lên (kbps)', en: 'Upload (kbps)' },
  avgLatMs: { vi: 'Độ trễ (ms)', en: 'Latency (ms)' },
  tests: { vi: 'Số lượt đo', en: 'Tests' },
  devices: { vi: 'Số thiết bị', en: 'Devices' },
  network: { vi: 'Loại mạng (di động/cố định)', en: 'Network (mobile/fixed)' },
  samples: { vi: 'Số mẫu', en: 'Samples' },
};

/** What the app calls each kind of layer. */
export const KIND_LABEL: Record<ImportKind, Bilingual> = {
  stations: { vi: 'Trạm BTS', en: 'BTS stations' },
  communes: { vi: 'Xã, phường', en: 'Communes, wards' },
  villages: { vi: 'Thôn, xóm', en: 'Villages' },
  coverage: { vi: 'Vùng phủ sóng', en: 'Coverage areas' },
  fibre: { vi: 'Cáp quang', en: 'Fibre' },
  population: { vi: 'Điểm dân cư', en: 'Population points' },
  measurements: { vi: 'Điểm đo sóng', en: 'Drive-test points' },
  speed_tiles: { vi: 'Ô tốc độ (Ookla)', en: 'Speed tiles (Ookla)' },
  speed_communes: { vi: 'Tốc độ theo xã (i-Speed)', en: 'Speeds per commune (i-Speed)' },
};

/** The one-language view of a bilingual table, e.g. `inLanguage(FIELD_LABEL, 'vi').stationId === 'Mã trạm'`. */
export function inLanguage<K extends string>(table: Record<K, Bilingual>, language: TextLanguage): Record<K, string> {
  return Object.fromEntries(Object.entries<Bilingual>(table).map(([k, v]) => [k, v[language]])) as Record<K, string>;
}
