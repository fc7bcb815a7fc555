import { describe, expect, it } from 'vitest';
import { DEFAULT_RADIO_MODEL } from '../../src/core/radio/radioModel.ts';
import { stationDetail } from '../../src/core/radio/stationDetail.ts';
import { createEnvironmentLookup } from '../../src/core/radio/stationEnvironment.ts';
import { dictionary } from '../../src/ui/i18n/dictionary.ts';
import { popupRows } from '../../src/ui/popupRows.ts';
import { createCommune, createSquare, createStation } from '../helpers/createData.ts';

describe('popupRows', () => {
  it('shows a village with its commune, figures in Vietnamese number format and fibre status', () => {
    const selection = {
      kind: 'village' as const, lngLat: [106, 21] as [number, number],
      properties: { name: 'Thôn Đông', communeName: 'Xã Yên Thế', population: 12345, households: 3100, fibre: false },
    };
    expect(popupRows(selection, dictionary('vi'))).toEqual({
      title: 'Thôn Đông', subtitle: 'Xã Yên Thế',
      rows: [['Dân số', '12.345'], ['Số hộ', '3.100'], ['Cáp quang', 'Chưa có']],
    });
    expect(popupRows(selection, dictionary('en')).rows[0]).toEqual(['Population', '12,345']);
  });

  it('shows fibre once, by the measure the engine used: the reach of the fibre layer, the flag, or no data', () => {
    const village = (properties: Record<string, unknown>) => ({ kind: 'village' as const, lngLat: [106, 21] as [number, number], properties: { name: 'Thôn Đông', ...properties } });
    const fibreRows = (rows: Array<[string, string]>) => rows.filter(([label]) => label.startsWith('Cáp quang'));
    expect(fibreRows(popupRows(village({ fibre: true, pct4G: 80, pctfibre: 17.25 }), dictionary('vi'), 'layer').rows)).toEqual([['Cáp quang trong 300 m (%)', '17,3']]);
    expect(fibreRows(popupRows(village({ fibre: true, pctfibre: 100 }), dictionary('vi'), 'flag').rows)).toEqual([['Cáp quang', 'Có']]);
    expect(fibreRows(popupRows(village({ fibre: null }), dictionary('vi'), null).rows)).toEqual([['Cáp quang', 'không có dữ liệu']]);
    expect(popupRows(village({ pct4G: 80.04 }), dictionary('vi'), null).rows).toContainEqual(['Vùng phủ 4G (%)', '80']);
  });

  it('shows a site with its operators, stations and technologies', () => {
    const selection = {
      kind: 'site' as const, lngLat: [106, 21] as [number, number],
      properties: { id: 'T1', communeName: '', operators: 'MobiFone, VNPT', stationCount: 2, techs: '4G, 5G' },
    };
    expect(popupRows(selection, dictionary('en'))).toEqual({
      title: 'Site T1', subtitle: '',
      rows: [['Operators', 'MobiFone, VNPT'], ['Stations', '2'], ['Technologies', '4G, 5G']],
      pending: 'Computing the ranges…',
    });
  });

  it('shows each station of a site with its parameters, path-loss model and range per technology', () => {
    const selection = {
      kind: 'site' as const, lngLat: [106, 21] as [number, number],
      properties: { id: 'T1', communeName: '', operators: 'MobiFone, VNPT', stationCount: 2, techs: '4G, 5G' },
    };
    const ward = { ...createCommune('07210', createSquare(0, 0, 4000)), type: 'phuong' as const };
    const lookup = createEnvironmentLookup([ward]);
    const stations = [
      stationDetail(createStation('M1', 'MobiFone', 0, 0, {}, { techs: ['4G', '5G'], band: 'B3;n78', heightM: 30, azimuths: [0, 120, 240] }), DEFAULT_RADIO_MODEL, lookup),
      stationDetail(createStation('V1', 'VNPT', 0, 10, { '4G': 1500 }, { techs: ['4G'], environment: 'rural' }), DEFAULT_RADIO_MODEL, lookup),
    ];
    const { sections, pending } = popupRows(selection, dictionary('vi'), undefined, stations);
    expect(pending).toBeUndefined();
    expect(sections).toEqual([
      {
        title: 'MobiFone M1',
        rows: [
          ['Băng tần', 'B3;n78'],
          ['Độ cao anten', '30 m'],
          ['Hướng anten, độ rộng búp', '0°, 120°, 240° · 65° (mặc định)'],
          ['EIRP', '4G 61 dBm (mặc định), 5G 75 dBm (mặc định)'],
          ['Môi trường', 'Đô thị (theo loại: Phường)'],
          // 937 m worked by hand in radioShapeProvider.test.ts.
          ['Bán kính phủ 4G', '937 m · B3 COST-231 Hata'],
          ['Bán kính phủ 5G', expect.stringMatching(/^1,7 km · n78 3GPP UMa$/)],
        ],
      },
      {
        title: 'VNPT V1',
        rows: [
          ['Băng tần', '–'],
          ['Độ cao anten', '30 m (mặc định)'],
          ['Hướng anten, độ rộng búp', 'Vô hướng'],
          ['Môi trường', 'Nông thôn'],
          ['Bán kính phủ 4G', '1,5 km (bán kính trong tệp)'],
        ],
      },
    ]);
  });
});
