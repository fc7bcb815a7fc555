import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDemo } from '../../src/core/demo/generateDemo.ts';
import { communesToGeoJson } from '../../src/core/export/communesToGeoJson.ts';
import { interiorPoint } from '../../src/core/geometry/interiorPoint.ts';
import { idle, launchChromium, RESULTS, waitForApp, type Chromium } from './chromium.ts';
import { createStationsCsv } from './createStationsCsv.ts';
import { chooseFile, confirmImport } from './importSteps.ts';

/** Names a spreadsheet would run as formulas if they were written as they are. */
const FORMULA_NAMES = ['=1+2', '+Thôn Cộng', '-Thôn Trừ', '@Thôn A'];
const NAMES = [...FORMULA_NAMES, 'Thôn Đông', 'Bản Nà Lẹng'];

/** A village list of six demo villages (at points inside them), four of them named like formulas. */
function createVillageFile(): string {
  const villages = generateDemo().villages.slice(0, NAMES.length);
  const lines = ['Mã thôn,Tên thôn,Mã xã,Vĩ độ,Kinh độ,Dân số,Số hộ,Cáp quang'];
  villages.forEach((v, i) => {
    const [lon, lat] = v.geometry.type === 'Point' ? v.geometry.coordinates : interiorPoint(v.geometry);
    lines.push([v.id, NAMES[i], v.communeCode, lat, lon, v.population, v.households, v.fibre ? 1 : 0].join(','));
  });
  return `${lines.join('\n')}\n`;
}

const HEADERS = {
  vi: { villages: ['Mã thôn', 'Tên thôn', 'Phủ 4G (%)', 'Phủ 5G (%)', 'Phủ cáp quang (%)'], communes: ['Mã xã', 'Xã/phường', 'Phủ 4G (% dân số)', 'Tỷ lệ dùng chung (%)'] },
  en: { villages: ['Village id', 'Village', '4G coverage (%)', '5G coverage (%)', 'fibre coverage (%)'], communes: ['Commune code', 'Commune', '4G coverage (% of people)', 'Site sharing (%)'] },
};

/** Clicks an export button and returns the file the browser was handed: its suggested name and bytes. */
async function downloadOf(page: Page, exportName: string): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator(`[data-export="${exportName}"]`).click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
}

const readCsv = (bytes: Buffer) => Papa.parse<string[]>(bytes.toString('utf8').replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;

describe('exports of the figures from an imported village list', () => {
  let chromium: Chromium;
  let page: Page;
  const communes = generateDemo().communes.length;

  beforeAll(async () => {
    chromium = await launchChromium({ height: 900, acceptDownloads: true });
    page = chromium.page;
    await page.goto(inject('baseUrl'));
    await waitForApp(page);
    // A user's province: its communes (the demo's, as a file), then the village list; nothing else of the demo.
    await chooseFile(page, 'xa.geojson', communesToGeoJson(generateDemo().communes), 'application/geo+json');
    await page.getByTestId('mapping-step').waitFor();
    await confirmImport(page, 'communes');
    await chooseFile(page, 'thon.csv', createVillageFile());
    await page.getByTestId('mapping-step').waitFor();
    await confirmImport(page, 'villages');
    await chooseFile(page, 'tram.csv', createStationsCsv(generateDemo().communes, 500).text);
    await page.getByTestId('mapping-step').waitFor();
    await confirmImport(page, 'stations');
    // A fresh page: the engine's figures shown are then surely those of the imported villages.
    await page.reload();
    await waitForApp(page);
    await idle(page);
  }, 300_000);

  afterAll(async () => {
    await chromium?.close();
  });

  for (const language of ['vi', 'en'] as const) {
    it(`writes village and commune figures as CSV and .xlsx with ${language} headers and escaped formulas`, async () => {
      await page.getByRole('button', { name: language.toUpperCase(), exact: true }).click();
      for (const [table, rows] of [['villages', NAMES.length], ['communes', communes]] as const) {
        const csv = await downloadOf(page, `${table}-csv`);
        expect(csv.name).toBe(`${table}.csv`);
        const csvRows = readCsv(csv.bytes);
        expect(csvRows[0]).toEqual(expect.arrayContaining(HEADERS[language][table]));
        expect(csvRows).toHaveLength(rows + 1);

        const xlsx = await downloadOf(page, `${table}-xlsx`);
        expect(xlsx.name).toBe(`${table}.xlsx`);
        const [sheet, notes] = await readXlsxFile(xlsx.bytes);
        expect(sheet!.data[0]).toEqual(csvRows[0]);
        expect(sheet!.data).toHaveLength(rows + 1);
        // The definitions the app shows beside its figures travel with the workbook.
        expect(notes!.sheet).toBe(language === 'vi' ? 'Ghi chú' : 'Notes');
        expect(notes!.data.flat().join(' ')).toContain(language === 'vi' ? 'mô hình vô tuyến' : 'radio model');

        if (table === 'villages') {
          const nameAt = csvRows[0]!.indexOf(HEADERS[language].villages[1]!);
          const pctAt = csvRows[0]!.indexOf(HEADERS[language].villages[2]!);
          expect(csvRows.slice(1).map((r) => r[nameAt])).toEqual([...FORMULA_NAMES.map((n) => `'${n}`), 'Thôn Đông', 'Bản Nà Lẹng']);
          expect(sheet!.data.slice(1).map((r) => r[nameAt])).toEqual(csvRows.slice(1).map((r) => r[nameAt]));
          expect(csvRows.slice(1).every((r) => Number(r[pctAt]) >= 0 && Number(r[pctAt]) <= 100 && r[pctAt] !== '')).toBe(true);
        }
      }
    });
  }

  it('writes the villages as GeoJSON carrying their coverage figures', async () => {
    const geojson = await downloadOf(page, 'villages-geojson');
    expect(geojson.name).toBe('villages.geojson');
    const fc = JSON.parse(geojson.bytes.toString('utf8')) as GeoJSON.FeatureCollection;
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.properties?.name)).toEqual(NAMES);
    for (const f of fc.features) {
      // Imported as points, the villages get boundaries estimated inside their commune, marked as estimated.
      expect(['Polygon', 'MultiPolygon']).toContain(f.geometry.type);
      expect(f.properties?.areaEstimated).toBe(true);
      expect(f.properties?.pct4G).toBeGreaterThanOrEqual(0);
      expect(f.properties?.pct4G).toBeLessThanOrEqual(100);
    }
  });

  it('writes the Vietnamese Excel layout when asked: semicolons, decimal commas, the figures rounded', async () => {
    await page.getByRole('button', { name: 'VI', exact: true }).click();
    await page.locator('input[data-setting="csv-excel-vn"]').check();
    const vn = await downloadOf(page, 'villages-csv');
    const text = vn.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFMã thôn;Tên thôn;')).toBe(true);
    const rows = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true }).data;
    expect(rows).toHaveLength(NAMES.length + 1);
    expect(rows.every((r) => r.length === rows[0]!.length)).toBe(true);
    // Percentages to two decimals at most, with a decimal comma (the same figures as the comma layout: csvLayouts.test.ts).
    const pctAt = rows[0]!.indexOf(HEADERS.vi.villages[2]!);
    expect(rows.slice(1).every((r) => /^\d+(,\d{1,2})?$/.test(r[pctAt]!))).toBe(true);
    await page.locator('input[data-setting="csv-excel-vn"]').uncheck();
  });

  it('saves the map as a picture larger than the map: title, map, legend beside it, date and source', async () => {
    const png = await downloadOf(page, 'map-png');
    expect(png.name).toBe('phusong-map.png');
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const canvas = await page.evaluate(() => {
      const c = window.__phusong!.map.getCanvas();
      return { width: c.width, height: c.height };
    });
    // IHDR: width and height are the first two big-endian words after the signature and chunk header.
    const size = { width: png.bytes.readUInt32BE(16), height: png.bytes.readUInt32BE(20) };
    expect(size.width).toBeGreaterThan(canvas.width);
    expect(size.height).toBeGreaterThan(canvas.height);
    // Inked pixels and colours in three parts: the whole picture, the title band, and the legend right of the map.
    const parts = await page.evaluate(async ({ base64, mapWidth }) => {
      const bytes = Uint8Array.from(atob(base64), (ch) => ch.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const context = new OffscreenCanvas(bitmap.width, bitmap.height).getContext('2d', { willReadFrequently: true })!;
      context.drawImage(bitmap, 0, 0);
      const look = (x: number, y: number, width: number, height: number) => {
        const { data } = context.getImageData(x, y, width, height);
        const colours = new Set<number>();
        let inked = 0;
        for (let i = 0; i < data.length; i += 4) {
          const rgb = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
          colours.add(rgb);
          if (rgb !== 0xffffff) inked++;
        }
        return { colours: colours.size, inked: inked / (width * height), siteYellow: colours.has(0xfacc15) };
      };
      return {
        all: look(0, 0, bitmap.width, bitmap.height),
        title: look(0, 0, bitmap.width, 40),
        legend: look(mapWidth, 64, bitmap.width - mapWidth, 400),
      };
    }, { base64: png.bytes.toString('base64'), mapWidth: canvas.width });
    console.log(`map picture ${size.width}x${size.height} around a ${canvas.width}x${canvas.height} map, ${png.bytes.length} bytes`, parts);
    expect(parts.all.colours).toBeGreaterThan(20);
    expect(parts.title.inked).toBeGreaterThan(0.01);
    expect(parts.legend.inked).toBeGreaterThan(0.02);
    expect(parts.legend.siteYellow).toBe(true);
    await page.screenshot({ path: join(RESULTS, 'import-downloads-map.png') });
    writeFileSync(join(RESULTS, 'export-map.png'), png.bytes);
  });

  it('logged no console errors or page errors', () => {
    expect(chromium.problems).toEqual([]);
  });
});
