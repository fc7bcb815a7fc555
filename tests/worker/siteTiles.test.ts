import { VectorTile } from '@mapbox/vector-tile';
import type { Feature, Point } from 'geojson';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';
import { SITES_TILE_LAYER } from '../../src/worker/siteTileNames.ts';
import { SiteTiles, THIN_ABOVE } from '../../src/worker/siteTiles.ts';
import type { SiteProps } from '../../src/worker/toFeatures.ts';

/** `n` sites on a 0.001° grid around Bắc Ninh; one in seven, along diagonals, is shared by three operators. */
function createSites(n: number): Feature<Point, SiteProps>[] {
  const side = Math.ceil(Math.sqrt(n));
  return Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    id: i,
    geometry: { type: 'Point', coordinates: [106.0 + (i % side) * 0.001, 21.0 + Math.floor(i / side) * 0.001] },
    properties: { id: `S${i}`, operatorCount: ((i % side) + 3 * Math.floor(i / side)) % 7 === 0 ? 3 : 1, operators: 'Viettel', stationCount: 1, techs: '4G', communeName: 'Xã A', stationKeys: `Viettel:S${i}` },
  }));
}

const decode = (bytes: Uint8Array) => {
  const layer = new VectorTile(new PbfReader(bytes)).layers[SITES_TILE_LAYER];
  return Array.from({ length: layer?.length ?? 0 }, (_, i) => layer!.feature(i).properties);
};

/** The tile holding `[lon, lat]` at zoom `z` (Web Mercator). */
function tileAt(z: number, lon: number, lat: number): [number, number, number] {
  const n = 2 ** z;
  const r = (lat * Math.PI) / 180;
  return [z, Math.floor(((lon + 180) / 360) * n), Math.floor(((1 - Math.log(Math.tan(r) + 1 / Math.cos(r)) / Math.PI) / 2) * n)];
}

describe('site tiles for the map', () => {
  const sites = createSites(40_000);
  const tiles = new SiteTiles({ type: 'FeatureCollection', features: sites });

  it('keeps one site per two-pixel cell zoomed out over many sites, the shared ones first', () => {
    const shown = decode(tiles.tile(...tileAt(7, 106.1, 21.1)));
    expect(shown.length).toBeGreaterThan(100);
    expect(shown.length).toBeLessThan(THIN_ABOVE);
    // A cell holds about a hundred sites, a seventh of them shared: the dot drawn is a shared one.
    expect(shown.filter((p) => p.operatorCount === 3).length).toBeGreaterThan(shown.length * 0.9);
  });

  it('keeps every site once zoomed in', () => {
    const [z, x, y] = tileAt(14, 106.05, 21.05);
    const shown = decode(tiles.tile(z, x, y));
    const inTile = sites.filter(({ geometry: { coordinates: [lon, lat] } }) => {
      const t = tileAt(z, lon!, lat!);
      return t[1] === x && t[2] === y;
    });
    expect(shown.length).toBeGreaterThanOrEqual(inTile.length);
    expect(inTile.length).toBeGreaterThan(10);
  });

  it('writes tiles of vector tile spec version 2, which MapLibre reads without a warning', () => {
    const layer = new VectorTile(new PbfReader(tiles.tile(...tileAt(14, 106.05, 21.05)))).layers[SITES_TILE_LAYER]!;
    expect(layer.version).toBe(2);
    expect(layer.extent).toBe(4096);
  });
});
