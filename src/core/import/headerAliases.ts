/**
 * The header names each field is recognised by, in one table so the README can list it. Matching ignores case,
 * spaces, punctuation and diacritics (see `normaliseHeader`), so "Mã trạm", "MA_TRAM" and "ma tram" are one alias.
 */
export const HEADER_ALIASES = {
  stationId: { vi: ['Mã trạm', 'Mã BTS', 'Tên trạm', 'Mã eNodeB'], en: ['station_id', 'site id', 'site_id', 'station', 'bts_id', 'id'] },
  operator: { vi: ['Nhà mạng', 'Doanh nghiệp', 'Nhà cung cấp', 'Đơn vị'], en: ['operator', 'carrier', 'provider', 'company'] },
  lat: { vi: ['Vĩ độ', 'Vĩ độ (Y)'], en: ['lat', 'latitude', 'y'] },
  lon: { vi: ['Kinh độ', 'Kinh độ (X)'], en: ['lon', 'lng', 'long', 'longitude', 'x'] },
  tech: { vi: ['Công nghệ', 'Loại trạm', 'Thế hệ'], en: ['tech', 'techs', 'technology', 'technologies', 'rat'] },
  heightM: { vi: ['Độ cao cột', 'Chiều cao cột', 'Độ cao anten', 'Độ cao'], en: ['height', 'height_m', 'antenna_height', 'tower_height'] },
  towerId: { vi: ['Mã cột', 'Mã cột anten', 'Mã hạ tầng'], en: ['tower_id', 'tower', 'mast_id'] },
  radius4g: { vi: ['Bán kính 4G'], en: ['radius_4g_m', 'radius_4g', 'range_4g'] },
  radius5g: { vi: ['Bán kính 5G'], en: ['radius_5g_m', 'radius_5g', 'range_5g'] },
  radius6g: { vi: ['Bán kính 6G'], en: ['radius_6g_m', 'radius_6g', 'range_6g'] },
  azimuths: { vi: ['Góc phương vị', 'Hướng anten'], en: ['azimuths', 'azimuth', 'sectors'] },
  beamwidthDeg: { vi: ['Độ rộng búp sóng', 'Góc mở'], en: ['beamwidth_deg', 'beamwidth', 'hbw'] },
  band: { vi: ['Băng tần', 'Tần số'], en: ['band', 'bands', 'frequency', 'freq'] },
  eirp4g: { vi: ['Công suất phát 4G (dBm)', 'Công suất phát 4G', 'EIRP 4G'], en: ['eirp_4g_dbm', 'eirp_4g'] },
  eirp5g: { vi: ['Công suất phát 5G (dBm)', 'Công suất phát 5G', 'EIRP 5G'], en: ['eirp_5g_dbm', 'eirp_5g'] },
  eirp6g: { vi: ['Công suất phát 6G (dBm)', 'Công suất phát 6G', 'EIRP 6G'], en: ['eirp_6g_dbm', 'eirp_6g'] },
  environment: { vi: ['Môi trường', 'Môi trường truyền sóng', 'Loại địa bàn'], en: ['environment', 'env', 'clutter'] },
  villageId: { vi: ['Mã thôn', 'Mã thôn xóm', 'Mã tổ dân phố'], en: ['village_id', 'village_code', 'thon_id'] },
  communeCode: { vi: ['Mã xã', 'Mã phường', 'Mã đơn vị hành chính', 'Mã ĐVHC'], en: ['commune_id', 'commune_code', 'ward_code', 'code', 'ma_xa'] },
  name: { vi: ['Tên', 'Tên thôn', 'Tên xã', 'Tên đơn vị'], en: ['name', 'village_name', 'commune_name', 'commune_vn'] },
  fullName: { vi: ['Tên đầy đủ'], en: ['fullName', 'full_name'] },
  communeType: { vi: ['Loại', 'Loại đơn vị', 'Cấp'], en: ['type', 'commune_type', 'level'] },
  population: { vi: ['Dân số', 'Số dân', 'Số nhân khẩu'], en: ['population', 'pop', 'people'] },
  households: { vi: ['Số hộ', 'Số hộ gia đình', 'Hộ'], en: ['households', 'hh', 'household_count'] },
  fibre: { vi: ['Cáp quang', 'Có cáp quang', 'FTTH'], en: ['fibre', 'fiber', 'has_fibre', 'ftth'] },
  fibreId: { vi: ['Mã tuyến', 'Mã điểm'], en: ['id', 'route_id', 'point_id'] },
  fibreKind: { vi: ['Loại'], en: ['kind', 'type'] },
} as const satisfies Record<string, { vi: readonly string[]; en: readonly string[] }>;

export type Field = keyof typeof HEADER_ALIASES;
