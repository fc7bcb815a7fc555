import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection, Point } from 'geojson';
import { SITES_MAX_ZOOM, SITES_TILE_LAYER } from './siteTileNames.ts';
import type { SiteProps } from './toFeatures.ts';

/**
 * The sites cut into Mapbox vector tiles in this worker, so the page never holds (or clones) one object per
 * site: after a 200,000-station import, handing MapLibre the sites' GeoJSON blocked the page for over a second.
 * Features keep their numeric ids (hover state) and properties (popups). Does not mutate `sites`.
 */
export class SiteTiles {
  private readonly index: GeoJSONVT;

  constructor(sites: FeatureCollection<Point, SiteProps>) {
    this.index = new GeoJSONVT(sites, { maxZoom: SITES_MAX_ZOOM, indexMaxZoom: 5, buffer: 64 });
  }

  /** The tile at zoom `z`, column `x`, row `y` as protobuf bytes; empty when no site is on it. */
  tile(z: number, x: number, y: number): Uint8Array<ArrayBuffer> {
    const tile = this.index.getTile(z, x, y);
    if (!tile) return new Uint8Array(0);
    return new Uint8Array(fromGeojsonVt({ [SITES_TILE_LAYER]: tile }));
  }
}
