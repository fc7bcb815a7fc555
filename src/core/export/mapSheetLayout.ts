/** A rectangle on the picture, in its pixels. */
export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Sizes of the parts around the map, in CSS pixels (multiplied by the picture's pixel ratio). */
export const SHEET = { header: 64, legend: 240, margin: 16 } as const;

/**
 * Where the parts of an exported map picture go: a header (title) across the top, the map under it on the left,
 * the legend beside the map (at least `legendHeight` tall, so a small map never crops it), and a footer (date,
 * source) of `footerHeight` across the bottom. `ratio` is the map canvas's pixels per CSS pixel; the heights are
 * in CSS pixels, the map's size and the answer in the picture's pixels.
 */
export function mapSheetLayout(mapWidth: number, mapHeight: number, ratio: number, legendHeight: number, footerHeight: number): {
  width: number; height: number; header: Rect; map: Rect; legend: Rect; footer: Rect;
} {
  const px = (css: number) => Math.round(css * ratio);
  const body = Math.max(mapHeight, px(legendHeight));
  const width = mapWidth + px(SHEET.legend);
  const header: Rect = { x: 0, y: 0, width, height: px(SHEET.header) };
  const map: Rect = { x: 0, y: header.height, width: mapWidth, height: mapHeight };
  const legend: Rect = { x: mapWidth, y: header.height, width: px(SHEET.legend), height: body };
  const footer: Rect = { x: 0, y: header.height + body, width, height: px(footerHeight) };
  return { width, height: footer.y + footer.height, header, map, legend, footer };
}
