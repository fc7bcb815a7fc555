import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
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
  /** A profile whose setting "sites may not save data" is on: IndexedDB and localStorage refuse, as some offices set it. */
  blockSiteData?: boolean;
}

/** Chromium's own notes on its software GPU (e.g. "GPU stall due to ReadPixels"), not the app's. */
const GPU_NOTE = /^\[\.WebGL-|GL Driver Message/;

/** Debian's Chromium (never a downloaded one) with a new empty profile. */
export async function launchChromium(options: LaunchOptions = {}): Promise<Chromium> {
  mkdirSync(RESULTS, { recursive: true });
  const userDataDir = mkdtempSync(join(tmpdir(), 'phusong-chromium-'));
  if (options.blockSiteData) {
    mkdirSync(join(userDataDir, 'Default'));
    writeFileSync(join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
  }
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
