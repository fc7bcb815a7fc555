import type { Page } from 'playwright-core';

/** What the page saw while it imported: progress values painted, the largest gap between frames, long tasks. */
export interface ImportWatch {
  progress: number[];
  maxGapMs: number;
  frames: number;
  longTasks: number[];
  elapsedMs: number;
}

/**
 * Starts watching in the page until the import report of `fileName` shows: every animation frame records the
 * progress bar's value and the gap since the last frame, and long tasks are collected. `importWatch` gives the result.
 */
export function startWatching(page: Page, fileName: string): Promise<void> {
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
    const done = new Promise<ImportWatch>((resolve) => {
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
    (window as unknown as { __importWatch: Promise<ImportWatch> }).__importWatch = done;
  }, fileName);
}

/** What `startWatching` saw, once the report is shown. */
export function importWatch(page: Page): Promise<ImportWatch> {
  return page.evaluate(() => (window as unknown as { __importWatch: Promise<ImportWatch> }).__importWatch);
}

/**
 * Makes a file in the page, to be picked with `pickStagedFile`: Playwright's setInputFiles (and handing the text to
 * the page) decodes a big copy on the main thread, a block of its own that must not be counted as the app's.
 */
export async function stageFile(page: Page, text: string, fileName: string): Promise<void> {
  await page.evaluate(({ text, fileName }) => {
    (window as unknown as { __stagedFile: File }).__stagedFile = new File([text], fileName, { type: 'text/csv' });
  }, { text, fileName });
}

/** Picks the file `stageFile` made with the import's file input, as a user choosing it would. */
export async function pickStagedFile(page: Page): Promise<void> {
  await page.evaluate(() => {
    const input = document.querySelector<HTMLInputElement>('[data-testid="file-input"]')!;
    const files = new DataTransfer();
    files.items.add((window as unknown as { __stagedFile: File }).__stagedFile);
    input.files = files.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

/** Starts collecting long tasks from now on; `longTasksSince` reads them. */
export function collectLongTasks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const tasks: number[] = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) tasks.push(Math.round(entry.duration));
    }).observe({ type: 'longtask' });
    (window as unknown as { __longTasks: number[] }).__longTasks = tasks;
  });
}

export function longTasksSince(page: Page): Promise<number[]> {
  return page.evaluate(() => [...(window as unknown as { __longTasks: number[] }).__longTasks]);
}
