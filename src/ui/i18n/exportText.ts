/** Words of the exports: the CSV layout choice and the text around an exported map. */
const vi = {
  excelVn: 'Excel tiếng Việt (dấu ; và dấu phẩy thập phân)',
  excelVnHelp: 'Cho Excel trên máy đặt ngôn ngữ tiếng Việt: cột ngăn bằng dấu chấm phẩy, số thập phân viết với dấu phẩy.',
  mapTitle: (province: string) => `Hạ tầng viễn thông — ${province}`,
  mapSubtitle: (tech: string, pct: string) => `Thôn tô màu theo tỷ lệ dân được phủ ${tech}; ngưỡng ${pct}`,
  mapDate: (date: string) => `Ngày lập: ${date}`,
  mapSource: (province: string, demo: boolean) =>
    `Nguồn: Phủ sóng (phusong), ${demo ? `${province}, dữ liệu minh họa, không phải số liệu thật` : `dữ liệu đã nhập của ${province}`}`,
  osmCredit: '© Những người đóng góp OpenStreetMap',
  openCommune: 'Xã, phường đang xem',
};

const en: typeof vi = {
  excelVn: 'Vietnamese Excel (; and decimal comma)',
  excelVnHelp: 'For Excel on a computer set to Vietnamese: columns separated by semicolons, decimals written with a comma.',
  mapTitle: (province) => `Telecom infrastructure — ${province}`,
  mapSubtitle: (tech, pct) => `Villages coloured by the share of people with ${tech}; threshold ${pct}`,
  mapDate: (date) => `Made on ${date}`,
  mapSource: (province, demo) => `Source: Phủ sóng (phusong), ${demo ? `${province}, demo data, not real figures` : `imported data of ${province}`}`,
  osmCredit: '© OpenStreetMap contributors',
  openCommune: 'Commune shown',
};

export const exportText = { vi, en };
