import { FIBRE_REACH_M } from './coverage/buildCoverageLayer.ts';
import { DEAD_ZONE_CELL_M } from './deadZones/findDeadZones.ts';
import { DEFAULT_COLOCATE_M } from './sites/groupSites.ts';

/**
 * What each headline figure means, in one place: the app shows it beside the figure (a "?"), the exports carry it
 * in their notes and `stats` in summary.json, so a number reads the same wherever it is shown.
 */
export const DEFINITION_IDS = [
  'coverage', 'weighting', 'threshold', 'defaultRadius', 'fibreFlag', 'fibreLayer', 'fibreNone', 'sites', 'sharedSites',
  'deadZones', 'population',
] as const;
export type DefinitionId = (typeof DEFINITION_IDS)[number];

const m = (n: number) => n.toLocaleString('vi-VN');
const mEn = (n: number) => n.toLocaleString('en-GB');

export const DEFINITIONS: Record<DefinitionId, { vi: string; en: string }> = {
  coverage: {
    vi: 'Tỷ lệ phủ 4G, 5G, 6G của một thôn: phần diện tích của thôn (phần dân số, khi có lớp điểm dân cư) nằm trong vùng phủ của ít nhất một trạm có công nghệ đó, của bất kỳ nhà mạng nào. Vùng phủ của trạm là hình tròn theo bán kính trong tệp, hoặc các búp sóng theo góc phương vị.',
    en: "A village's 4G, 5G or 6G coverage: the share of its area (of its people, when a population layer is loaded) inside the coverage of at least one station with that technology, of any operator. A station covers a disc of the radius in the file, or sectors by its azimuths.",
  },
  weighting: {
    vi: 'Tỷ lệ của xã và của tỉnh: trung bình tỷ lệ các thôn có số liệu, theo dân số của thôn (theo diện tích khi không thôn nào có dân số).',
    en: 'A commune\'s and the province\'s share: the mean of their villages\' shares, weighted by each village\'s population (by area where no village has people), over the villages with data.',
  },
  threshold: {
    vi: 'Thôn được tính là có phủ sóng (hoặc có cáp quang) khi tỷ lệ phủ của thôn đạt ngưỡng này. Các chỉ tiêu đếm thôn (thôn có 4G, thôn có cáp quang) đếm các thôn đạt ngưỡng.',
    en: 'A village counts as covered (or reached by fibre) when its covered share reaches this threshold. Indicators that count villages (villages with 4G, villages with fibre) count those.',
  },
  defaultRadius: {
    vi: 'Trạm không có cột bán kính: vùng phủ tính theo mô hình vô tuyến (suy hao đường truyền Okumura-Hata / COST-231 / 3GPP theo băng tần, độ cao, hướng và công suất của trạm); thông số nào tệp không ghi thì dùng giá trị mặc định của mô hình. Sai số của các mô hình này khi chưa hiệu chỉnh theo đo kiểm là 8-15 dB.',
    en: 'Stations without a radius column: coverage from the radio model (Okumura-Hata / COST-231 / 3GPP path loss by the station\'s band, height, sectors and power); parameters the file does not give take the model\'s defaults. Such models are off by 8-15 dB RMS until calibrated against measurements.',
  },
  fibreFlag: {
    vi: 'Cáp quang theo danh sách thôn: cột Cáp quang của danh sách thôn (1 = đăng ký được cáp quang FTTH). Thôn có cáp quang khi cột ghi có; hộ có thể dùng cáp quang là số hộ của các thôn đó.',
    en: 'Fibre from the village list: its fibre column (1 = FTTH can be ordered). A village is reached by fibre when the column says so; households able to get fibre are the households of those villages.',
  },
  fibreLayer: {
    vi: `Cáp quang theo lớp cáp quang: phần thôn trong vòng ${m(FIBRE_REACH_M)} m của một tuyến cáp hoặc điểm truy nhập. Thôn có cáp quang (FTTH) khi phần đó đạt ngưỡng; hộ có thể dùng cáp quang là số hộ của các thôn đó. Cột cáp quang của danh sách thôn không được dùng khi có lớp này.`,
    en: `Fibre from the fibre layer: the share of a village within ${mEn(FIBRE_REACH_M)} m of a route or an access point. A village is reached by fibre (FTTH) when that share reaches the threshold; households able to get fibre are the households of those villages. The village list's fibre column is not used when this layer is loaded.`,
  },
  fibreNone: {
    vi: 'Chưa có số liệu cáp quang: cần lớp cáp quang (tuyến, điểm truy nhập) hoặc cột Cáp quang trong danh sách thôn.',
    en: 'No fibre data: it needs a fibre layer (routes, access points) or a fibre column in the village list.',
  },
  sites: {
    vi: `Vị trí trạm: các trạm cùng mã cột, hoặc cách nhau không quá ${m(DEFAULT_COLOCATE_M)} m, là một vị trí (một cột anten).`,
    en: `Sites: stations with the same tower id, or within ${mEn(DEFAULT_COLOCATE_M)} m of each other, are one site (one tower).`,
  },
  sharedSites: {
    vi: 'Trạm dùng chung: vị trí có từ hai nhà mạng trở lên. Tỷ lệ dùng chung = số vị trí dùng chung ÷ tổng số vị trí.',
    en: 'Shared sites: sites used by two or more operators. Sharing ratio = shared sites ÷ all sites.',
  },
  deadZones: {
    vi: `Vùng lõm: nơi có dân (trong thôn có dân số) nằm ngoài vùng phủ 4G của mọi nhà mạng (hoặc của nhà mạng đã chọn), tính theo ô ${m(DEAD_ZONE_CELL_M)} m.`,
    en: `Dead zones: places with people (in villages with a population) outside the 4G coverage of every operator (or of the operator chosen), in ${mEn(DEAD_ZONE_CELL_M)} m cells.`,
  },
  population: {
    vi: 'Dân số: tổng cột Dân số của danh sách thôn.',
    en: 'Population: the sum of the village list\'s population column.',
  },
};

/** The definitions as notes for an export, in one language, in the order of `ids`. */
export function definitionNotes(language: 'vi' | 'en', ids: readonly DefinitionId[] = DEFINITION_IDS): string[] {
  return ids.map((id) => DEFINITIONS[id][language]);
}
