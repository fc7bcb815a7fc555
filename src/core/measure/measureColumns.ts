import type { ExportColumn } from '../export/exportTable.ts';
import { DECIMALS } from '../export/figureColumns.ts';

/** The columns `speedColumns` and `agreementColumns` add to villages.csv and communes.csv, with their headers. */
export const MEASURE_COLUMNS: ExportColumn[] = [
  { key: 'measured_mobile_download_mbps', vi: 'Tốc độ tải xuống di động đo được (Mb/s)', en: 'Measured mobile download (Mb/s)', decimals: 2 },
  { key: 'measured_mobile_tests', vi: 'Số lần đo di động', en: 'Mobile tests', decimals: DECIMALS.count },
  { key: 'measured_fixed_download_mbps', vi: 'Tốc độ tải xuống cố định đo được (Mb/s)', en: 'Measured fixed download (Mb/s)', decimals: 2 },
  { key: 'measured_fixed_tests', vi: 'Số lần đo cố định', en: 'Fixed tests', decimals: DECIMALS.count },
  { key: 'measured_points', vi: 'Số điểm đo', en: 'Points measured', decimals: DECIMALS.count },
  { key: 'agree_points', vi: 'Điểm đo khớp dự báo', en: 'Points agreeing', decimals: DECIMALS.count },
  { key: 'predicted_not_measured', vi: 'Dự báo có sóng, đo không có', en: 'Predicted covered, measured not', decimals: DECIMALS.count },
  { key: 'measured_not_predicted', vi: 'Đo có sóng, dự báo không có', en: 'Measured covered, predicted not', decimals: DECIMALS.count },
  { key: 'agree_pct', vi: 'Tỷ lệ khớp (%)', en: 'Agreement (%)', decimals: 1 },
  { key: 'agree_ci95_low_pct', vi: 'Tỷ lệ khớp, cận dưới 95 % (%)', en: 'Agreement, 95 % low (%)', decimals: 1 },
  { key: 'agree_ci95_high_pct', vi: 'Tỷ lệ khớp, cận trên 95 % (%)', en: 'Agreement, 95 % high (%)', decimals: 1 },
  { key: 'mean_residual_db', vi: 'Sai lệch trung bình đo − dự báo (dB)', en: 'Mean residual, measured − predicted (dB)', decimals: 2 },
];
