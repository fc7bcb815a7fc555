import { describe, expect, it } from 'vitest';
import { dictionary } from '../../src/ui/i18n/dictionary.ts';
import { popupRows } from '../../src/ui/popupRows.ts';

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
    });
  });
});
