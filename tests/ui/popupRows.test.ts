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
