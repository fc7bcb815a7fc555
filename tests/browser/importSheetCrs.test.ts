import { join } from 'node:path';
import type { Page } from 'playwright-core';
import proj4 from 'proj4';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import writeXlsxFile from 'write-excel-file/node';
import { proj4Definition } from '../../src/core/import/vn2000.ts';
import { idle, launchChromium, RESULTS, type Chromium } from './chromium.ts';
import { chooseFile, loaded, reportCount, stepsShot } from './importSteps.ts';

/** Three stations in the demo province, WGS84 `[lng, lat]`. */
const POINTS: [number, number][] = [[106.1, 21.2], [106.3, 21.36], [106.55, 21.5]];
const ZONE = 'VN2000:TM3:105.5';

/** A workbook whose first sheet is notes, as such files often open, and whose second holds the stations in degrees. */
async function createTwoSheetWorkbook(): Promise<Buffer> {
  const header = ['Mã trạm', 'Nhà mạng', 'Vĩ độ', 'Kinh độ', 'Công nghệ'].map((value) => ({ value }));
  const rows = POINTS.map(([lon, lat], i) => [`BN${3000 + i}`, 'Viettel', lat, lon, '4G'].map((value) => ({ value })));
  const notes = [[{ value: 'Danh sách trạm BTS' }], [{ value: 'Nguồn: Sở Khoa học và Công nghệ' }]];
  return writeXlsxFile([{ data: notes, sheet: 'Ghi chú' }, { data: [header, ...rows], sheet: 'Trạm BTS' }]).toBuffer();
}

/** The same stations with VN-2000 TM-3 (Bắc Ninh, 105°30′) metres in the coordinate columns. */
function createTm3Csv(): string {
  const toTm3 = proj4('EPSG:4326', proj4Definition(ZONE)!);
  const lines = POINTS.map((p, i) => {
    const [x, y] = toTm3.forward(p) as [number, number];
    return `BN${4000 + i},VNPT,${y.toFixed(3)},${x.toFixed(3)},4G`;
  });
  return ['station_id,operator,lat,lon,tech', ...lines].join('\n');
}

const shot = (page: Page, name: string) => stepsShot(page, join(RESULTS, `import-sheet-crs-${name}.png`));

describe('sheet and coordinate system in the import step, in Chromium', () => {
  let chromium: Chromium;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    chromium = await launchChromium({ height: 1100 });
    ({ page, problems } = chromium);
    await page.goto(inject('baseUrl'));
    await loaded(page);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('shows the stations sheet of a workbook that opens with a notes sheet', async () => {
    await chooseFile(page, 'tram-hai-trang.xlsx', await createTwoSheetWorkbook(), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    await page.getByTestId('mapping-step').waitFor();
    const sheet = page.getByTestId('sheet');
    expect(await sheet.inputValue()).toBe('Trạm BTS');
    expect(await sheet.locator('option').allTextContents()).toEqual(['Ghi chú', 'Trạm BTS']);
    expect(await page.getByText('Trang tính').count()).toBe(1);
    expect(await reportCount(page, 'imported')).toBe('3');
    await shot(page, '1-workbook');
  });

  it('says the notes sheet holds no layer, and imports the stations again when switched back', async () => {
    await page.getByTestId('sheet').selectOption('Ghi chú');
    await expect.poll(() => page.locator('.import-error').textContent()).toContain('không nhận ra loại lớp');
    expect(await page.getByTestId('mapping-step').count()).toBe(0);
    expect(await page.getByTestId('import-report').count()).toBe(0);
    expect(await page.getByTestId('sheet').inputValue()).toBe('Ghi chú');
    await shot(page, '2-notes-sheet');
    await page.getByTestId('sheet').selectOption('Trạm BTS');
    await page.getByTestId('mapping-step').waitFor();
    expect(await reportCount(page, 'imported')).toBe('3');
    expect(await page.locator('.import-error').count()).toBe(0);
    await shot(page, '3-stations-again');
    await page.getByRole('button', { name: 'Hủy' }).click();
  });

  it('rejects a CSV in TM-3 metres as metres until the Bắc Ninh zone is chosen, then imports every row', async () => {
    await chooseFile(page, 'tram-vn2000.csv', createTm3Csv());
    await page.getByTestId('mapping-step').waitFor();
    expect(await page.getByTestId('crs').inputValue()).toBe('');
    expect(await reportCount(page, 'rejected')).toBe('3');
    expect(await page.getByTestId('crs-metres').textContent()).toContain('mét');
    await shot(page, '4-metres');
    await page.getByTestId('crs').selectOption(ZONE);
    await expect.poll(() => reportCount(page, 'imported')).toBe('3');
    expect(await reportCount(page, 'rejected')).toBe('0');
    expect(await page.getByTestId('crs-metres').count()).toBe(0);
    expect(await page.getByTestId('crs-used').textContent()).toBe('Đang đọc theo: VN-2000 TM-3, kinh tuyến trục 105°30′');
    await shot(page, '5-tm3');
  });

  it('puts the imported sites where the WGS84 points were', async () => {
    await page.getByRole('button', { name: 'Nhập lớp này' }).click();
    await page.locator('[data-testid="saved-layers"] li[data-kind="stations"]').waitFor();
    await loaded(page);
    // The sites reach the map as vector tiles: read each point's tile at zoom 14, whose grid is 0.6 m, so a point
    // read back within a metre (1e-5 degrees) is where the WGS84 columns put it.
    for (const point of POINTS) {
      await page.evaluate((center) => window.__phusong!.map.jumpTo({ center, zoom: 14 }), point);
      await idle(page);
      const near = await page.evaluate(([lon, lat]) => {
        const features = window.__phusong!.map.querySourceFeatures('sites', { sourceLayer: 'sites' });
        const at = features.map((f) => (f.geometry as GeoJSON.Point).coordinates);
        return Math.min(...at.map(([x, y]) => Math.max(Math.abs(x! - lon), Math.abs(y! - lat))));
      }, point);
      expect(near).toBeLessThan(1e-5);
    }
    const count = await page.evaluate(() => window.__phusong!.map.querySourceFeatures('sites', { sourceLayer: 'sites' }).length);
    expect(count).toBeGreaterThan(0);
    // Drawn there too: a site marker under the pixel of the middle point once the map is centred on it.
    await page.evaluate((center) => window.__phusong!.map.jumpTo({ center, zoom: 13 }), POINTS[1]!);
    await idle(page);
    const hits = await page.evaluate((lngLat) => {
      const map = window.__phusong!.map;
      return map.queryRenderedFeatures(map.project(lngLat), { layers: ['sites'] }).map((f) => f.properties.id as string);
    }, POINTS[1]!);
    expect(hits).toHaveLength(1);
    await page.screenshot({ path: join(RESULTS, 'import-sheet-crs-6-site.png') });
  });

  it('remembers the zone for the next file with the same headers', async () => {
    await chooseFile(page, 'tram-vn2000-2.csv', createTm3Csv());
    await page.getByTestId('mapping-step').waitFor();
    expect(await page.getByTestId('crs').inputValue()).toBe(ZONE);
    expect(await reportCount(page, 'imported')).toBe('3');
    await shot(page, '7-remembered');
  });

  it('logged no console errors or page errors', () => {
    expect(problems).toEqual([]);
  });
});
