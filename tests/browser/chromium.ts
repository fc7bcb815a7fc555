import type { Page } from 'playwright-core';
import { inject } from 'vitest';
import { idle, launchChromium, type Chromium, type LaunchOptions } from './launch.ts';
import type {} from '../../src/ui/testHook.ts';

export { idle, launchChromium, RESULTS, type Chromium, type LaunchOptions } from './launch.ts';

/** Waits until the data is on the map and the engine's figures at the default 95 % threshold are shown. */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__phusong?.dataLoaded === true, undefined, { timeout: 30_000 });
  await page.waitForFunction(() => window.__phusong?.statsThresholdPct === 95, undefined, { timeout: 30_000 });
}

/** Features rendered on the given map layers, counted in the page. */
export function rendered(page: Page, layers: string[]): Promise<number> {
  return page.evaluate((ids) => window.__phusong!.map.queryRenderedFeatures({ layers: ids }).length, layers);
}

/** Chromium on the app's page, with the data on the map, the engine's figures shown and the map drawn. */
export async function launchApp(options: LaunchOptions = {}): Promise<Chromium> {
  const chromium = await launchChromium(options);
  await chromium.page.goto(inject('baseUrl'));
  await waitForApp(chromium.page);
  await idle(chromium.page);
  return chromium;
}

/**
 * The first point of the map's middle (scanning rows, `step` px apart) where `layer` draws a feature, with its
 * properties; with `clearOf`, only points where that layer draws nothing within 8 px (so a click hits `layer`).
 */
export function findOnMap(page: Page, layer: string, options: { step?: number; clearOf?: string } = {}) {
  return page.evaluate(({ layer, step, clearOf }) => {
    const map = window.__phusong!.map;
    const { width, height } = map.getCanvas().getBoundingClientRect();
    for (let y = height * 0.3; y < height * 0.8; y += step) {
      for (let x = width * 0.3; x < width * 0.8; x += step) {
        const box: [[number, number], [number, number]] = [[x - 8, y - 8], [x + 8, y + 8]];
        if (clearOf && map.queryRenderedFeatures(box, { layers: [clearOf] }).length) continue;
        const feature = map.queryRenderedFeatures([x, y], { layers: [layer] })[0];
        if (feature) return { x, y, properties: feature.properties as Record<string, unknown> };
      }
    }
    return null;
  }, { layer, step: options.step ?? 17, clearOf: options.clearOf });
}
