import { describe, expect, it } from 'vitest';
import { mapSheetLayout, SHEET } from '../../src/core/export/mapSheetLayout.ts';
import { metresPerPixel, scaleBar } from '../../src/core/export/scaleBar.ts';

describe('the scale bar of an exported map', () => {
  it('knows the ground size of a pixel: about 156 km at zoom 0 on the equator, half that at 60° north', () => {
    expect(metresPerPixel(0, 0)).toBeCloseTo(78_271.5, 0);
    expect(metresPerPixel(60, 0)).toBeCloseTo(78_271.5 / 2, 0);
    expect(metresPerPixel(21, 10)).toBeCloseTo((78_271.5 * Math.cos((21 * Math.PI) / 180)) / 1024, 3);
  });

  it('picks the longest 1, 2 or 5 × 10ⁿ metres that fits, with its length in pixels', () => {
    expect(scaleBar(10, 120, 'vi')).toEqual({ metres: 1000, px: 100, label: '1 km' });
    expect(scaleBar(10, 99, 'vi')).toEqual({ metres: 500, px: 50, label: '500 m' });
    expect(scaleBar(100, 250, 'en')).toMatchObject({ metres: 20_000, px: 200, label: '20 km' });
    expect(scaleBar(0.5, 120, 'en')).toMatchObject({ metres: 50, px: 100, label: '50 m' });
    expect(scaleBar(2000, 150, 'vi')).toMatchObject({ metres: 200_000, label: '200 km' });
  });
});

describe('the parts of an exported map picture', () => {
  it('puts the legend beside the map and the title and footer around it, the picture larger than the map', () => {
    const sheet = mapSheetLayout(1000, 800, 2, 300, 48);
    expect(sheet.map).toEqual({ x: 0, y: SHEET.header * 2, width: 1000, height: 800 });
    expect(sheet.legend).toMatchObject({ x: 1000, width: SHEET.legend * 2, height: 800 });
    expect(sheet.width).toBe(1000 + SHEET.legend * 2);
    expect(sheet.height).toBe((SHEET.header + 48) * 2 + 800);
    expect(sheet.footer.y).toBe(sheet.map.y + sheet.map.height);
  });

  it('makes room for the whole legend beside a small map', () => {
    const sheet = mapSheetLayout(390, 96, 1, 420, 60);
    expect(sheet.legend.height).toBe(420);
    expect(sheet.footer).toEqual({ x: 0, y: SHEET.header + 420, width: 390 + SHEET.legend, height: 60 });
  });
});
