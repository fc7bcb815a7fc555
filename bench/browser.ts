/**
 * What a user waits for in the browser, measured in Debian's Chromium on the built app (software WebGL):
 * - a 200,000-row station list: time to the report, the page's longest frame gap and long tasks while importing,
 *   then time to the figures after confirming and the long tasks until then and through two pans and two zooms;
 * - a real province: the 2025 Bắc Ninh wards, 2,000 village points inside them and 3,000 stations: time from each
 *   confirm to the figures on screen, and from a reload to the figures (the village estimate is kept, not redone).
 * Run: `npx tsx bench/browser.ts` (part of `npm run bench`). Figures vary with the machine's load: run it quiet.
 */
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { generateDemo } from '../src/core/demo/generateDemo.ts';
import { createStationsCsv } from '../tests/browser/createStationsCsv.ts';
import { chooseFile, shownAfter, shownCounts } from '../tests/browser/importSteps.ts';
import { idle, launchChromium } from '../tests/browser/launch.ts';
import { createRealProvinceFiles, REAL } from '../tests/browser/realProvince.ts';
import { startPreview } from '../tests/browser/serve.ts';
import { collectLongTasks, importWatch, pickStagedFile, stageFile, longTasksSince, startWatching } from '../tests/browser/watchImport.ts';

const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const worst = (tasks: readonly number[]) => (tasks.length ? `${Math.max(...tasks)} ms (${tasks.length} over 50 ms)` : 'none over 50 ms');

/** Opens the app and waits for the demo's figures: the measurements start from a settled page. */
async function openApp(url: string) {
  const chromium = await launchChromium({ height: 900 });
  // tsx compiles with esbuild's keepNames, which wraps the functions handed to page.evaluate in a __name helper
  // the page does not have.
  await chromium.context.addInitScript('window.__name = (f) => f');
  await chromium.page.goto(url);
  await shownAfter(chromium.page, { loads: 0, stats: 0 }, 300_000);
  return chromium;
}

/** Clicks the import's confirm and returns the milliseconds until the new data set's figures are on screen. */
async function confirmAndTime(page: Page): Promise<number> {
  const before = await shownCounts(page);
  const t0 = Date.now();
  await page.getByRole('button', { name: 'Nhập lớp này' }).click();
  await shownAfter(page, before, 600_000);
  return Date.now() - t0;
}

async function largeStationList(url: string): Promise<void> {
  console.log('\n### 200,000 stations imported in the page (worker import, page responsiveness)');
  const rows = 200_000;
  const csv = createStationsCsv(generateDemo().communes, rows);
  const chromium = await openApp(url);
  const { page } = chromium;
  await stageFile(page, csv.text, 'tram-200k.csv');
  await startWatching(page, 'tram-200k.csv');
  await pickStagedFile(page);
  const watch = await importWatch(page);
  console.log(
    `import of ${rows.toLocaleString('en')} rows (${(csv.text.length / 1e6).toFixed(1)} MB): ${s(watch.elapsedMs)} to the report; ` +
      `longest frame gap ${watch.maxGapMs} ms over ${watch.frames} frames; long tasks ${worst(watch.longTasks)}; ${watch.progress.length} progress values`,
  );
  await collectLongTasks(page);
  const toFigures = await confirmAndTime(page);
  const whileLoading = await longTasksSince(page);
  for (const move of [() => window.__phusong!.map.panBy([300, 150], { duration: 0 }), () => window.__phusong!.map.zoomTo(11, { duration: 0 }),
    () => window.__phusong!.map.panBy([-400, 200], { duration: 0 }), () => window.__phusong!.map.zoomTo(7, { duration: 0 })]) {
    await page.evaluate(move);
    await idle(page);
  }
  const whileMoving = (await longTasksSince(page)).slice(whileLoading.length);
  console.log(`after confirming: ${s(toFigures)} to the figures; long tasks until then ${worst(whileLoading)}; during 2 pans and 2 zooms ${worst(whileMoving)}`);
  await chromium.close();
}

async function villagePoints(url: string): Promise<void> {
  console.log('\n### Bắc Ninh wards + 2,000 village points + 3,000 stations, a new user in the page');
  if (!existsSync(REAL)) return void console.log('(skipped: ../shared/data/real absent)');
  const files = await createRealProvinceFiles('bac_ninh_wards_2025.geojson', 2000, 3000);
  const chromium = await openApp(url);
  const { page } = chromium;
  const steps: [string, string, string | Buffer][] = [
    ['wards (99 communes)', files.wardsFile, files.wards],
    ['2,000 village points (boundaries estimated)', 'thon.csv', files.villagesCsv],
    ['3,000 stations', 'tram.csv', files.stationsCsv],
  ];
  for (const [label, name, content] of steps) {
    await chooseFile(page, name, typeof content === 'string' ? content : new Uint8Array(content), name.endsWith('.csv') ? 'text/csv' : 'application/geo+json');
    await page.getByTestId('mapping-step').waitFor({ timeout: 120_000 });
    console.log(`confirm ${label}: ${s(await confirmAndTime(page))} to the figures on screen`);
  }
  // Marks since the navigation started: when the data reached the map, when the figures did.
  await chromium.context.addInitScript(() => {
    const marks: Record<string, number> = {};
    (window as unknown as { __marks: Record<string, number> }).__marks = marks;
    const poll = () => {
      const hook = window.__phusong;
      if (hook?.loads && marks.data === undefined) marks.data = performance.now();
      if (hook?.statsShown && marks.figures === undefined) marks.figures = performance.now();
      if (marks.figures === undefined) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  });
  const t0 = Date.now();
  await page.reload();
  await shownAfter(page, { loads: 0, stats: 0 }, 600_000);
  const total = Date.now() - t0;
  const marks = await page.evaluate(() => (window as unknown as { __marks: Record<string, number> }).__marks);
  console.log(
    `reload (layers and estimate read back from IndexedDB): ${s(total)} to the figures on screen and the map drawn ` +
      `(data on the map at ${s(marks.data ?? NaN)}, figures at ${s(marks.figures ?? NaN)})`,
  );
  console.log('targets once the estimate is fast (s3-geom): under 10 s after the village import, under 5 s after a reload');
  await chromium.close();
}

if (!existsSync('/usr/bin/chromium')) {
  console.log('(skipped: /usr/bin/chromium absent)');
} else {
  const { url, server } = await startPreview();
  try {
    await largeStationList(url);
    await villagePoints(url);
  } finally {
    await server.close();
  }
}
