/** Words of the phone layout: the bottom sheet's tabs and its size. */
const vi = {
  overviewTab: 'Tổng quan',
  dataTab: 'Dữ liệu',
  importTab: 'Nhập, xuất',
  panels: 'Bảng thông tin',
  expandSheet: 'Mở rộng bảng',
  shrinkSheet: 'Thu nhỏ bảng',
  waitingForFigures: 'Đang tính số liệu…',
};

const en: typeof vi = {
  overviewTab: 'Overview',
  dataTab: 'Data',
  importTab: 'Import, export',
  panels: 'Panels',
  expandSheet: 'Expand the panel',
  shrinkSheet: 'Shrink the panel',
  waitingForFigures: 'Computing the figures…',
};

export const layoutText = { vi, en };
