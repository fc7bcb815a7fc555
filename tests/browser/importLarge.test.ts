import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { generateDemo } from '../../src/core/demo/generateDemo.ts';
import { idle, launchChromium, rendered, RESULTS, waitForApp, type Chromium } from './chromium.ts';
import { createStationsCsv, type StationsCsv } from './createStationsCsv.ts';
import { reportCount, stepsShot } from './importSteps.ts';

const ROWS = 200_000;
// The longest main-thread task allowed: beyond 200 ms a click or a scroll visibly waits (RAIL's "respond within
// 100 ms", with headroom for software rendering). Cloning the 200,000 stations' result took 310 ms.
const MAX_BLOCK_MS = 200;
// Frame gaps also count the compositor and the worker competing for this machine's two cores, so they get a
// looser bound; a gap this long is a freeze anyone notices.
const MAX_FRAME_GAP_MS = 400;
// After the confirm, a quiet run has no task over 83 ms (was 1406, 784, 478 ms when the sites and the engine's site
// lists came to the page as objects); with a type check running beside it, three reached 209-268 ms. Those are not
// yet attributed, so the bound leaves room for a loaded machine rather than claiming 200 ms.
const MAX_BLOCK_AFTER_CONFIRM_MS = 300;

/** What the page saw while it imported: progress values painted, the largest gap between frames, long tasks. */
interface Watch {
  progress: number[];
  maxGapMs: number;
  frames: number;
  longTasks: number[];
  elapsedMs: number;
}

/** Starts watching in the page: every animation frame records the progress bar's value and the gap since the last frame. */
function startWatching(page: Page, fileName: string): Promise<void> {
  return page.evaluate((file) => {
    const seen: number[] = [];
    const longTasks: number[] = [];
    const start = performance.now();
    let last = start;
    let maxGap = 0;
    let frames = 0;
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
    });
    observer.observe({ type: 'longtask' });
    const done = new Promise<Watch>((resolve) => {
      const frame = (now: number) => {
        frames++;
        maxGap = Math.max(maxGap, now - last);
        last = now;
        const bar = document.querySelector<HTMLProgressElement>('[data-testid="import-progress"] progress');
        if (bar && seen[seen.length - 1] !== bar.value) seen.push(bar.value);
        const report = document.querySelector('[data-testid="import-report"] h3');
        if (report?.textContent?.includes(file)) {
          observer.disconnect();
          resolve({ progress: seen, maxGapMs: Math.round(maxGap), frames, longTasks, elapsedMs: Math.round(now - start) });
        } else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
    (window as unknown as { __importWatch: Promise<Watch> }).__importWatch = done;
  }, fileName);
}

describe(`importing a ${ROWS.toLocaleString('en')}-row station list in Chromium`, () => {
  let chromium: Chromium;
  let page: Page;
  let csv: StationsCsv;

  beforeAll(async () => {
    csv = createStationsCsv(generateDemo().communes, ROWS);
    chromium = await launchChromium({ height: 900 });
    page = chromium.page;
    await page.goto(inject('baseUrl'));
    // Measured from a settled page: the engine's first run and the map's first paint are not the import's.
    await waitForApp(page);
    await idle(page);
  });

  afterAll(async () => {
    await chromium?.close();
  });

  it('shows rising progress, keeps the page responsive and reports every row', async () => {
    // The file is made in the page first: Playwright's setInputFiles decodes its base64 copy on the main thread,
    // a block of its own that would be measured as the app's.
    await page.evaluate((text) => {
      (window as unknown as { __bigFile: File }).__bigFile = new File([text], 'tram-200k.csv', { type: 'text/csv' });
    }, csv.text);
    await startWatching(page, 'tram-200k.csv');
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('[data-testid="file-input"]')!;
      const files = new DataTransfer();
      files.items.add((window as unknown as { __bigFile: File }).__bigFile);
      input.files = files.files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    const watch = await page.evaluate(() => (window as unknown as { __importWatch: Promise<Watch> }).__importWatch);
    console.log(
      `import of ${ROWS} rows (${(csv.text.length / 1e6).toFixed(1)} MB): ${watch.elapsedMs} ms to the report, ` +
        `largest frame gap ${watch.maxGapMs} ms over ${watch.frames} frames, long tasks ${JSON.stringify(watch.longTasks)} ms, ` +
        `progress values ${watch.progress.length}: ${watch.progress.map((p) => p.toFixed(2)).join(' ')}`,
    );
    await stepsShot(page, join(RESULTS, 'import-large-report.png'));

    const rising = watch.progress.filter((p) => p > 0 && p < 1);
    expect(new Set(rising).size).toBeGreaterThanOrEqual(5);
    expect(rising).toEqual([...rising].sort((a, b) => a - b));
    expect(Math.max(0, ...watch.longTasks)).toBeLessThan(MAX_BLOCK_MS);
    expect(watch.maxGapMs).toBeLessThan(MAX_FRAME_GAP_MS);

    const number = new Intl.NumberFormat('vi-VN');
    expect(await reportCount(page, 'rows')).toBe(number.format(ROWS));
    expect(await reportCount(page, 'rejected')).toBe(number.format(csv.faulty));
    expect(await reportCount(page, 'imported')).toBe(number.format(ROWS - csv.faulty));
  });

  it('confirms the import, shows the engine\'s figures and pans and zooms the 200,000 stations without blocking', async () => {
    const sitesShown = () => page.evaluate(() => document.querySelectorAll('[data-testid="coverage-summary"] dd')[4]?.textContent ?? '');
    const before = await sitesShown();
    // Watched from the click: the reload's answers, the engine's figures and the map taking the sites all come after it.
    await page.evaluate(() => {
      const tasks: number[] = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
      }).observe({ type: 'longtask' });
      (window as unknown as { __afterConfirm: number[] }).__afterConfirm = tasks;
    });
    const start = Date.now();
    await page.getByRole('button', { name: 'Nhập lớp này' }).click();
    await page.waitForFunction((old) => {
      const shown = document.querySelectorAll('[data-testid="coverage-summary"] dd')[4]?.textContent ?? '';
      return shown !== '' && shown !== old;
    }, before, { timeout: 300_000 });
    const toFigures = Date.now() - start;
    const sites = await sitesShown();
    await idle(page);
    const whileLoading = await page.evaluate(() => [...(window as unknown as { __afterConfirm: number[] }).__afterConfirm]);
    for (const move of [() => window.__phusong!.map.panBy([300, 150], { duration: 0 }), () => window.__phusong!.map.zoomTo(11, { duration: 0 }),
      () => window.__phusong!.map.panBy([-400, 200], { duration: 0 }), () => window.__phusong!.map.zoomTo(7, { duration: 0 })]) {
      await page.evaluate(move);
      await idle(page);
    }
    const all = await page.evaluate(() => (window as unknown as { __afterConfirm: number[] }).__afterConfirm);
    const whileMoving = all.slice(whileLoading.length);
    console.log(
      `after confirming ${ROWS} rows: ${toFigures} ms until the summary shows ${sites} sites (was ${before}); ` +
        `long tasks until then ${JSON.stringify(whileLoading)} ms, during 2 pans and 2 zooms ${JSON.stringify(whileMoving)} ms`,
    );
    await page.screenshot({ path: join(RESULTS, 'import-large-map.png') });

    expect(Number(sites.replace(/\D/g, ''))).toBeGreaterThan(100_000);
    expect(await rendered(page, ['sites'])).toBeGreaterThan(0);
    expect(Math.max(0, ...all)).toBeLessThan(MAX_BLOCK_AFTER_CONFIRM_MS);
    // The worker reloads 200,000 stations and reruns the engine on them (about half a minute on this machine).
  }, 300_000);

  it('logged no console errors or page errors', () => {
    expect(chromium.problems).toEqual([]);
  });
});
