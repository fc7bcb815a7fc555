import type { Map as MapLibreMap } from 'maplibre-gl';
import { metresPerPixel, scaleBar } from '../core/export/scaleBar.ts';
import type { FormatLanguage } from '../core/format/numberFormat.ts';
import { drawMapSheet, type MapCapture, type MapSheetText } from './drawMapSheet.ts';
import { frameBounds, type Bounds } from './flyToCommune.ts';
import type { LegendItem } from './mapLegendItems.ts';

let current: MapLibreMap | null = null;

/** Remembers the page's map so an export or a report can take a picture of it; null forgets it. */
export function registerSnapshotMap(map: MapLibreMap | null): void {
  current = map;
}

/** Smaller than this (CSS px), the map is drawn at `CAPTURE_SIZE` for the picture: a phone's map strip is too small. */
const MIN_SIZE = { width: 480, height: 360 };
const CAPTURE_SIZE = { width: 800, height: 600 };
/** Longest scale bar, CSS px. */
const SCALE_MAX = 120;

const idle = (map: MapLibreMap) =>
  new Promise<void>((resolve) => {
    map.once('idle', () => resolve());
    map.triggerRepaint();
  });

/** A copy of the map's canvas, made inside a render event: WebGL clears its drawing buffer after each frame. */
const copyCanvas = (map: MapLibreMap) =>
  new Promise<HTMLCanvasElement>((resolve) => {
    map.once('render', () => {
      const source = map.getCanvas();
      const copy = document.createElement('canvas');
      copy.width = source.width;
      copy.height = source.height;
      copy.getContext('2d')!.drawImage(source, 0, 0);
      resolve(copy);
    });
    map.triggerRepaint();
  });

/** How to take the picture: framed on `frame`; drawn at `size` (CSS px) and `pixelRatio` rather than as on screen. */
export interface CaptureOptions {
  frame?: Bounds;
  size?: { width: number; height: number };
  pixelRatio?: number;
}

/**
 * The map as drawn once everything in view has loaded, framed on `frame` if given (the map stays framed there
 * after). Drawn at `size`, or at `CAPTURE_SIZE` when the map is too small on screen: behind the page, then put
 * back as it was.
 */
async function captureMap(map: MapLibreMap, language: FormatLanguage, options: CaptureOptions): Promise<MapCapture> {
  const container = map.getContainer();
  const small = container.clientWidth < MIN_SIZE.width || container.clientHeight < MIN_SIZE.height;
  const size = options.size ?? (small ? CAPTURE_SIZE : null);
  const style = container.getAttribute('style');
  const ratio = map.getPixelRatio();
  if (size) {
    Object.assign(container.style, {
      position: 'fixed', left: '0', top: '0', zIndex: '-1', width: `${size.width}px`, height: `${size.height}px`,
    });
  }
  if (options.pixelRatio) map.setPixelRatio(options.pixelRatio);
  try {
    if (options.frame) frameBounds(map, options.frame, 0);
    else map.resize();
    await idle(map);
    const canvas = await copyCanvas(map);
    const scale = scaleBar(metresPerPixel(map.getCenter().lat, map.getZoom()), SCALE_MAX, language);
    return { canvas, ratio: canvas.width / container.clientWidth, scale: { px: scale.px, label: scale.label } };
  } finally {
    if (size) {
      if (style === null) container.removeAttribute('style');
      else container.setAttribute('style', style);
    }
    if (options.pixelRatio) map.setPixelRatio(ratio);
    if (options.frame) frameBounds(map, options.frame, 0);
    else map.resize();
  }
}

/**
 * The map as a picture to keep or print: title, the map with a scale bar, its legend, the date and source (see
 * `drawMapSheet`), taken as `options` say. Null without a map.
 */
export async function mapPicture(text: MapSheetText, legend: readonly LegendItem[], language: FormatLanguage, options: CaptureOptions = {}): Promise<HTMLCanvasElement | null> {
  const map = current;
  if (!map) return null;
  return drawMapSheet(await captureMap(map, language, options), text, legend);
}
