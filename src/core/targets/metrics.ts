import type { MeasuredMetric } from './plan.ts';

export interface MetricDefinition {
  id: MeasuredMetric;
  label_vi: string;
  label_en: string;
  /** How the figure is computed, stated beside every value the product shows. */
  basis_vi: string;
  basis_en: string;
}

/** How each measured metric is computed from the map data. All are percentages (0-100). */
export const METRIC_DEFINITIONS: Record<MeasuredMetric, MetricDefinition> = {
  villages_4g_pct: {
    id: 'villages_4g_pct',
    label_vi: 'Thôn có sóng 4G',
    label_en: 'Villages with 4G',
    basis_vi: 'Số thôn có phần dân số (hoặc diện tích) được phủ 4G đạt ngưỡng ÷ tổng số thôn.',
    basis_en: 'Villages whose covered share of people (or area) reaches the threshold ÷ all villages.',
  },
  villages_fibre_pct: {
    id: 'villages_fibre_pct',
    label_vi: 'Thôn có cáp quang',
    label_en: 'Villages with fibre',
    basis_vi: 'Số thôn có cáp quang (FTTH) đạt ngưỡng ÷ tổng số thôn.',
    basis_en: 'Villages with fibre (FTTH) at the threshold ÷ all villages.',
  },
  population_5g_pct: {
    id: 'population_5g_pct',
    label_vi: 'Dân số được phủ 5G',
    label_en: 'Population covered by 5G',
    basis_vi: 'Dân số trong vùng phủ 5G ÷ tổng dân số.',
    basis_en: 'People inside 5G coverage ÷ all people.',
  },
  population_6g_pct: {
    id: 'population_6g_pct',
    label_vi: 'Dân số được phủ 6G',
    label_en: 'Population covered by 6G',
    basis_vi: 'Dân số trong vùng phủ 6G ÷ tổng dân số.',
    basis_en: 'People inside 6G coverage ÷ all people.',
  },
  site_sharing_pct: {
    id: 'site_sharing_pct',
    label_vi: 'Dùng chung vị trí trạm BTS',
    label_en: 'BTS site sharing',
    basis_vi: 'Số vị trí trạm có từ hai doanh nghiệp trở lên ÷ tổng số vị trí trạm.',
    basis_en: 'Sites used by two or more operators ÷ all sites.',
  },
  households_fibre_access_pct: {
    id: 'households_fibre_access_pct',
    label_vi: 'Hộ gia đình có thể tiếp cận cáp quang',
    label_en: 'Households able to get fibre',
    basis_vi: 'Số hộ ở các thôn có cáp quang ÷ tổng số hộ.',
    basis_en: 'Households in villages with fibre ÷ all households.',
  },
  population_no_mobile_pct: {
    id: 'population_no_mobile_pct',
    label_vi: 'Dân số trong vùng lõm sóng',
    label_en: 'Population in mobile dead zones',
    basis_vi: 'Dân số ngoài vùng phủ 4G của mọi doanh nghiệp ÷ tổng dân số.',
    basis_en: 'People outside 4G coverage of every operator ÷ all people.',
  },
};
