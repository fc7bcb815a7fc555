import { describe, expect, it } from 'vitest';
import { LAYER_IDS, createAppStore } from '../../src/store/appStore.ts';
import { LAYER_GROUPS, mapLayers, NO_DATA_FILL_COLOR, offlineStyle, siteColor, villageFillColor, villageFillOpacity } from '../../src/ui/mapStyle.ts';
import { SITE_COLORS } from '../../src/ui/palette.ts';

const allOn = () => createAppStore().getState().layers;

describe('map style', () => {
  it('has a map layer for every switch, and hides exactly the switched-off ones', () => {
    const visible = { ...allOn(), sites: false, '5G': false };
    const layers = mapLayers(visible, false);
    for (const id of LAYER_IDS) {
      for (const layerId of LAYER_GROUPS[id]) {
        const layer = layers.find((l) => l.id === layerId);
        expect(layer, layerId).toBeDefined();
        expect(layer!.layout?.visibility).toBe(visible[id] ? 'visible' : 'none');
      }
    }
  });

  it('needs no network unless the online basemap is on: no glyphs, no sprite, OSM layer hidden', () => {
    const style = offlineStyle(allOn(), false);
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(style.layers.find((l) => l.id === 'osm')?.layout?.visibility).toBe('none');
    expect(offlineStyle(allOn(), true).layers.find((l) => l.id === 'osm')?.layout?.visibility).toBe('visible');
  });

  it('draws sites on top, so a click on a site inside a village finds the site', () => {
    const ids = mapLayers(allOn(), false).map((l) => l.id);
    expect(ids.at(-1)).toBe('sites');
  });

  it('draws village colours over the coverage rasters and village outlines over both, so neither hides the other', () => {
    const ids = mapLayers(allOn(), false).map((l) => l.id);
    for (const tech of ['4G', '5G', '6G']) expect(ids.indexOf(`coverage-${tech}`)).toBeLessThan(ids.indexOf('villages-fill'));
    expect(ids.indexOf('villages-fill')).toBeLessThan(ids.indexOf('villages-line'));
    // The raster shows through unhovered villages.
    for (const online of [false, true]) expect((villageFillOpacity(online) as unknown[]).at(-1)).toBeLessThan(0.7);
  });

  it('colours sites by operator count in four steps', () => {
    expect(siteColor()).toEqual(['step', ['get', 'operatorCount'], SITE_COLORS[0], 2, SITE_COLORS[1], 3, SITE_COLORS[2], 4, SITE_COLORS[3]]);
  });

  it('can colour villages by a percentage property', () => {
    expect(typeof villageFillColor(null)).toBe('string');
    const fill = villageFillColor('cover4G') as unknown[];
    // A village without the share is grey ("no data"), not the red of 0 %.
    expect(fill.slice(0, 2)).toEqual(['case', ['has', 'cover4G']]);
    expect(fill.at(-1)).toBe(NO_DATA_FILL_COLOR);
    expect(fill[2]).toEqual(expect.arrayContaining([['get', 'cover4G']]));
  });
});
