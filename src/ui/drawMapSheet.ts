import { mapSheetLayout, SHEET } from '../core/export/mapSheetLayout.ts';
import type { LegendItem } from './mapLegendItems.ts';

/** The words around an exported map. */
export interface MapSheetText {
  title: string;
  subtitle: string;
  legendTitle: string;
  /** Lines under the map: the date, the source. */
  footer: string[];
}

/** The map as captured: its pixels, pixels per CSS pixel, and a scale bar that fits it. */
export interface MapCapture {
  canvas: HTMLCanvasElement;
  ratio: number;
  scale: { px: number; label: string };
}

const INK = '#0f172a';
const MUTED = '#475569';
const LINE = '#e2e8f0';
const ROW = 20;
const HEADING = 24;
const RAMP = 36;
const LINE_HEIGHT = 17;
/** Width of a legend label: the panel less its margins and the symbol. */
const LABEL_WIDTH = SHEET.legend - 2 * SHEET.margin - 26;

const fontFamily = () => getComputedStyle(document.documentElement).fontFamily || 'sans-serif';

/** `text` broken into lines no wider than `width` at the context's font (a word too long stands alone). */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (line && ctx.measureText(next).width > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Each legend item with its lines of text and height (CSS px), measured at the fonts it is drawn in. */
function measureLegend(ctx: CanvasRenderingContext2D, items: readonly LegendItem[], font: string) {
  return items.map((item) => {
    if (item.kind === 'ramp') return { item, lines: [], height: RAMP };
    ctx.font = item.kind === 'heading' ? `600 12.5px ${font}` : `12.5px ${font}`;
    const lines = wrap(ctx, item.label, item.kind === 'heading' ? LABEL_WIDTH + 26 : LABEL_WIDTH);
    return { item, lines, height: (item.kind === 'heading' ? HEADING : ROW) + (lines.length - 1) * LINE_HEIGHT };
  });
}

function drawSymbol(ctx: CanvasRenderingContext2D, item: Extract<LegendItem, { colour: string }>, x: number, y: number): void {
  ctx.save();
  ctx.strokeStyle = item.colour;
  ctx.fillStyle = item.colour;
  switch (item.kind) {
    case 'dot':
      ctx.beginPath();
      ctx.arc(x + 9, y, 6, 0, 2 * Math.PI);
      ctx.fill();
      ctx.lineWidth = 1.5;
      ctx.strokeStyle = '#ffffff';
      ctx.stroke();
      break;
    case 'ring':
      ctx.beginPath();
      ctx.arc(x + 9, y, 5, 0, 2 * Math.PI);
      ctx.fillStyle = '#ffffff';
      ctx.fill();
      ctx.lineWidth = 2;
      ctx.stroke();
      break;
    case 'area':
      ctx.globalAlpha = 0.55;
      ctx.fillRect(x, y - 6, 18, 12);
      break;
    case 'dash':
    case 'line':
      ctx.lineWidth = item.kind === 'line' ? 3 : 2;
      ctx.setLineDash(item.kind === 'dash' ? [4, 3] : []);
      ctx.beginPath();
      ctx.moveTo(x, y);
      ctx.lineTo(x + 18, y);
      ctx.stroke();
      break;
  }
  ctx.restore();
}

/**
 * The exported map picture: the title over the map, the map with a scale bar, the legend beside it, the date and
 * source under it. Drawn at the map canvas's pixel ratio, so the map keeps every pixel it had on screen.
 */
export function drawMapSheet(capture: MapCapture, text: MapSheetText, legend: readonly LegendItem[]): HTMLCanvasElement {
  const { canvas: map, ratio, scale } = capture;
  const font = fontFamily();
  const out = document.createElement('canvas');
  const measure = out.getContext('2d')!;
  const rows = measureLegend(measure, legend, font);
  const legendHeight = SHEET.margin + 28 + rows.reduce((sum, r) => sum + r.height, 0) + SHEET.margin;
  measure.font = `12px ${font}`;
  const cssWidth = map.width / ratio + SHEET.legend;
  const footerLines = text.footer.flatMap((line) => wrap(measure, line, cssWidth - 2 * SHEET.margin));
  const layout = mapSheetLayout(map.width, map.height, ratio, legendHeight, 14 + footerLines.length * LINE_HEIGHT);
  out.width = layout.width;
  out.height = layout.height;
  const ctx = out.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  ctx.drawImage(map, layout.map.x, layout.map.y);

  // Everything else in CSS pixels.
  ctx.scale(ratio, ratio);
  const css = (v: number) => v / ratio;
  const mapBottom = css(layout.map.y + layout.map.height);
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = INK;
  ctx.font = `600 20px ${font}`;
  ctx.fillText(text.title, SHEET.margin, 30);
  ctx.fillStyle = MUTED;
  ctx.font = `13px ${font}`;
  ctx.fillText(text.subtitle, SHEET.margin, 51);

  ctx.strokeStyle = LINE;
  ctx.lineWidth = 1;
  ctx.strokeRect(0.5, css(layout.map.y) + 0.5, css(layout.map.width) - 1, css(layout.map.height) - 1);

  // The scale bar, on a pale box at the map's lower left.
  ctx.font = `12px ${font}`;
  const boxWidth = Math.max(scale.px, ctx.measureText(scale.label).width) + 20;
  ctx.fillStyle = 'rgba(255, 255, 255, 0.85)';
  ctx.fillRect(10, mapBottom - 42, boxWidth, 32);
  ctx.fillStyle = INK;
  ctx.fillText(scale.label, 20, mapBottom - 27);
  ctx.strokeStyle = INK;
  ctx.lineWidth = 2;
  ctx.beginPath();
  ctx.moveTo(20, mapBottom - 22);
  ctx.lineTo(20, mapBottom - 16);
  ctx.lineTo(20 + scale.px, mapBottom - 16);
  ctx.lineTo(20 + scale.px, mapBottom - 22);
  ctx.stroke();

  // The legend.
  const left = css(layout.legend.x) + SHEET.margin;
  let y = css(layout.legend.y) + SHEET.margin + 16;
  ctx.fillStyle = INK;
  ctx.font = `600 15px ${font}`;
  ctx.fillText(text.legendTitle, left, y);
  y += 12;
  for (const { item, lines, height } of rows) {
    if (item.kind === 'ramp') {
      const width = SHEET.legend - 2 * SHEET.margin;
      const gradient = ctx.createLinearGradient(left, 0, left + width, 0);
      item.colours.forEach((c, i) => gradient.addColorStop(i / Math.max(1, item.colours.length - 1), c));
      ctx.fillStyle = gradient;
      ctx.fillRect(left, y + 4, width, 10);
      ctx.fillStyle = MUTED;
      ctx.font = `11px ${font}`;
      item.labels.forEach((label, i) => {
        ctx.textAlign = i === 0 ? 'left' : i === item.labels.length - 1 ? 'right' : 'center';
        ctx.fillText(label, left + (width * i) / Math.max(1, item.labels.length - 1), y + 28);
      });
      ctx.textAlign = 'left';
    } else if (item.kind === 'heading') {
      ctx.fillStyle = INK;
      ctx.font = `600 12.5px ${font}`;
      lines.forEach((line, i) => ctx.fillText(line, left, y + 18 + i * LINE_HEIGHT));
    } else {
      drawSymbol(ctx, item, left, y + ROW / 2);
      ctx.fillStyle = INK;
      ctx.font = `12.5px ${font}`;
      lines.forEach((line, i) => ctx.fillText(line, left + 26, y + ROW / 2 + 4 + i * LINE_HEIGHT));
    }
    y += height;
  }

  // Date and source.
  const footerTop = css(layout.footer.y);
  ctx.strokeStyle = LINE;
  ctx.beginPath();
  ctx.moveTo(0, footerTop + 0.5);
  ctx.lineTo(css(layout.width), footerTop + 0.5);
  ctx.stroke();
  ctx.fillStyle = MUTED;
  ctx.font = `12px ${font}`;
  footerLines.forEach((line, i) => ctx.fillText(line, SHEET.margin, footerTop + 18 + i * LINE_HEIGHT));
  return out;
}
