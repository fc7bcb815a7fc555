import type { MeasuredTech } from '../core/model.ts';

/** Site colours by how many operators share the site (1, 2, 3, 4 or more): light to dark, readable on white. */
export const SITE_COLORS = ['#facc15', '#f97316', '#dc2626', '#6d28d9'] as const;

/** Coverage colours per technology; drawn semi-transparent under the villages' semi-transparent colours. */
export const COVERAGE_COLORS: Record<MeasuredTech, [number, number, number]> = {
  '4G': [37, 99, 235],
  '5G': [22, 163, 74],
  '6G': [219, 39, 119],
};

/** Opacity (0-255) of covered pixels in the coverage rasters. */
export const COVERAGE_ALPHA = 110;

/** Village fill by covered share: red at 0 %, yellow at 50 %, green at 100 %. */
export const SHARE_RAMP = [[0, '#fca5a5'], [50, '#fde68a'], [100, '#86efac']] as const;

export const FIBRE_COLOR = '#0891b2';
export const COMMUNE_LINE_COLOR = '#334155';
export const VILLAGE_FILL_COLOR = '#e2e8f0';
export const VILLAGE_LINE_COLOR = '#94a3b8';
export const BACKGROUND_COLOR = '#f8fafc';
/** Outline of villages picked from a list (e.g. a plan's gap). */
export const HIGHLIGHT_COLOR = '#1d4ed8';

export const rgb = ([r, g, b]: readonly number[]): string => `rgb(${r}, ${g}, ${b})`;
