import type {
  DataDrivenPropertyValueSpecification, ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification,
} from 'maplibre-gl';
import { MEASURED_TECHS } from '../core/model.ts';
import type { LayerId } from '../store/appStore.ts';
import { SITES_MAX_ZOOM, SITES_TILE_LAYER, sitesTileUrl } from '../worker/siteTileNames.ts';
import {
  BACKGROUND_COLOR, COMMUNE_LINE_COLOR, FIBRE_COLOR, HIGHLIGHT_COLOR, SHARE_RAMP, SITE_COLORS, VILLAGE_FILL_COLOR, VILLAGE_LINE_COLOR,
} from './palette.ts';

export const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
export const OSM_ATTRIBUTION = '© <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors';

/** The map layers behind each switch of the side panel. */
export const LAYER_GROUPS: Record<LayerId, string[]> = {
  communes: ['communes-line'],
  villages: ['villages-fill', 'villages-line'],
  sites: ['sites'],
  '4G': ['coverage-4G'],
  '5G': ['coverage-5G'],
  '6G': ['coverage-6G'],
  fibre: ['fibre-line', 'fibre-access'],
};

/** Site colour by `operatorCount`: 1, 2, 3, 4 or more operators on the site. */
export function siteColor(): ExpressionSpecification {
  return ['step', ['get', 'operatorCount'], SITE_COLORS[0], 2, SITE_COLORS[1], 3, SITE_COLORS[2], 4, SITE_COLORS[3]];
}

/** Fill of a village without data for the figure coloured by: grey, never the red of 0 %. */
export const NO_DATA_FILL_COLOR = '#d1d5db';

/**
 * Village fill: one neutral colour, or, given a numeric property in percent (e.g. a coverage share), red at 0,
 * yellow at 50 and green at 100, grey where the village has no value. Colouring by figures is
 * `villageFillColor('cover4G')` in `mapLayers()`.
 */
export function villageFillColor(percentProperty: string | null): DataDrivenPropertyValueSpecification<string> {
  if (!percentProperty) return VILLAGE_FILL_COLOR;
  return ['case', ['has', percentProperty], ['interpolate', ['linear'], ['get', percentProperty], ...SHARE_RAMP.flat()], NO_DATA_FILL_COLOR];
}

const hovered = (on: number | string, off: number | string): ExpressionSpecification =>
  ['case', ['boolean', ['feature-state', 'hover'], false], on, off];

const highlighted = (on: string, off: string): ExpressionSpecification =>
  ['case', ['boolean', ['feature-state', 'highlight'], false], on, off];

/** Villages are lighter over the online basemap so its streets show through; a hovered village stands out. */
export function villageFillOpacity(onlineBasemap: boolean): ExpressionSpecification {
  return hovered(0.9, onlineBasemap ? 0.35 : 0.6);
}

/** Our sources: empty GeoJSON until the worker answers, and image sources without an image yet. */
export function mapSources(): Record<string, SourceSpecification> {
  const empty = () => ({ type: 'FeatureCollection' as const, features: [] });
  const sources: Record<string, SourceSpecification> = {
    osm: { type: 'raster', tiles: [OSM_TILES], tileSize: 256, maxzoom: 19, attribution: OSM_ATTRIBUTION },
    communes: { type: 'geojson', data: empty() },
    villages: { type: 'geojson', data: empty() },
    // Vector tiles cut in the app's worker (siteTileProtocol.ts); empty until the data is loaded.
    sites: { type: 'vector', tiles: [sitesTileUrl(0)], maxzoom: SITES_MAX_ZOOM },
    fibre: { type: 'geojson', data: empty() },
  };
  for (const tech of MEASURED_TECHS) {
    sources[`coverage-${tech}`] = { type: 'image', coordinates: [[0, 0.001], [0.001, 0.001], [0.001, 0], [0, 0]] };
  }
  return sources;
}

/** Our layers, bottom to top; `visible` says which switches are on. */
export function mapLayers(visible: Record<LayerId, boolean>, onlineBasemap: boolean): LayerSpecification[] {
  const show = (id: LayerId) => ({ visibility: visible[id] ? ('visible' as const) : ('none' as const) });
  return [
    { id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOR } },
    { id: 'osm', type: 'raster', source: 'osm', layout: { visibility: onlineBasemap ? 'visible' : 'none' } },
    // Village colours (covered share) over the coverage rasters, both semi-transparent, so a user sees a
    // village's share and, through it, where inside the village the signal is; outlines go above both.
    ...MEASURED_TECHS.map((tech): LayerSpecification => ({
      id: `coverage-${tech}`, type: 'raster', source: `coverage-${tech}`, layout: show(tech),
      paint: { 'raster-opacity': 1, 'raster-fade-duration': 0, 'raster-resampling': 'nearest' },
    })),
    {
      id: 'villages-fill', type: 'fill', source: 'villages', layout: show('villages'),
      paint: { 'fill-color': villageFillColor(null), 'fill-opacity': villageFillOpacity(onlineBasemap) },
    },
    {
      id: 'villages-line', type: 'line', source: 'villages', layout: show('villages'),
      paint: {
        'line-color': highlighted(HIGHLIGHT_COLOR, VILLAGE_LINE_COLOR),
        'line-width': ['case', ['boolean', ['feature-state', 'highlight'], false], 3, hovered(2.5, 0.6)],
      },
    },
    {
      id: 'communes-line', type: 'line', source: 'communes', layout: show('communes'),
      paint: { 'line-color': COMMUNE_LINE_COLOR, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1.2, 13, 2.5] },
    },
    {
      id: 'fibre-line', type: 'line', source: 'fibre', filter: ['==', ['get', 'kind'], 'route'], layout: show('fibre'),
      paint: { 'line-color': FIBRE_COLOR, 'line-width': 2, 'line-dasharray': [3, 1.5] },
    },
    {
      id: 'fibre-access', type: 'circle', source: 'fibre', filter: ['==', ['get', 'kind'], 'access'], layout: show('fibre'),
      paint: { 'circle-color': '#ffffff', 'circle-stroke-color': FIBRE_COLOR, 'circle-stroke-width': 2, 'circle-radius': 3 },
    },
    {
      id: 'sites', type: 'circle', source: 'sites', 'source-layer': SITES_TILE_LAYER, layout: show('sites'),
      paint: {
        'circle-color': siteColor(),
        // Small at province zoom so thousands of sites do not hide the villages under them.
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 7, 1.2, 9, 2.2, 11, 4, 13, 7, 15, 10],
        'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 0.4, 12, 1.2],
        'circle-stroke-color': hovered('#0f172a', '#ffffff'),
      },
    },
  ];
}

/** A style that needs no network: a background and our layers; names show in tooltips, so no glyphs or sprites. */
export function offlineStyle(visible: Record<LayerId, boolean>, onlineBasemap: boolean): StyleSpecification {
  return { version: 8, sources: mapSources(), layers: mapLayers(visible, onlineBasemap) };
}
