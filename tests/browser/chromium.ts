import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import type {} from '../../src/ui/testHook.ts';

/** Where the browser tests save their screenshots (gitignored). */
export const RESULTS = 'test-results';

// MapLibre needs WebGL: headless Debian Chromium gets it from SwiftShader (software). The network flags keep
// Chromium from calling out of this offline machine.
const ARGS = [
  '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export interface Chromium {
  context: BrowserContext;
  /** The first page of the context. */
  page: Page;
  /** Console errors and warnings, page errors and failed requests of every page, for a test to assert empty. */
  problems: string[];
  close(): Promise<void>;
}

export interface LaunchOptions {
  width?: number;
  height?: number;
  acceptDownloads?: boolean;
  /** A phone: touch events and a mobile viewport (meta viewport honoured, no desktop scrollbars). */
  phone?: boolean;
}

/** Chromium's own notes on its software GPU (e.g. "GPU stall due to ReadPixels"), not the app's. */
const GPU_NOTE = /^\[\.WebGL-|GL Driver Message/;

/** Debian's Chromium (never a downloaded one) with a new empty profile. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Chromium> {
  mkdirSync(RESULTS, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'phusong-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    acceptDownloads: options.acceptDownloads ?? false,
    hasTouch: options.phone ?? false,
    isMobile: options.phone ?? false,
  });
  const problems: string[] = [];
  const watch = (page: Page) => {
    // Warnings count too: MapLibre warns of faults it works around (a vector tile of the wrong spec version).
    page.on('console', (m) => {
      if (m.type() === 'error' || (m.type() === 'warning' && !GPU_NOTE.test(m.text()))) problems.push(`console ${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`page: ${e.message}`));
    page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  };
  context.pages().forEach(watch);
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    problems,
    async close() {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the data is on the map and the engine's figures at the default 95 % threshold are shown. */
export async function waitForApp(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__phusong?.dataLoaded === true, undefined, { timeout: 30_000 });
  await page.waitForFunction(() => window.__phusong?.statsThresholdPct === 95, undefined, { timeout: 30_000 });
}

/** Features rendered on the given map layers, counted in the page. */
export function rendered(page: Page, layers: string[]): Promise<number> {
  return page.evaluate((ids) => window.__phusong!.map.queryRenderedFeatures({ layers: ids }).length, layers);
}

/** Waits until the map has drawn everything it was asked to. */
export async function idle(page: Page): Promise<void> {
  await page.evaluate(() => {
    const map = window.__phusong!.map;
    return new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
  });
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
