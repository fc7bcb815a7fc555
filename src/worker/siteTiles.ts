import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import type { FeatureCollection, Point } from 'geojson';
import { SITES_MAX_ZOOM, SITES_TILE_LAYER } from './siteTileNames.ts';
import type { SiteProps } from './toFeatures.ts';

/** Tile units across a tile: geojson-vt's default, stated because vt-pbf must write the same into the tile. */
const EXTENT = 4096;

/**
 * The sites cut into Mapbox vector tiles in this worker, so the page never holds (or clones) one object per
 * site: after a 200,000-station import, handing MapLibre the sites' GeoJSON blocked the page for over a second.
 * Features keep their numeric ids (hover state) and properties (popups). Does not mutate `sites`.
 */
export class SiteTiles {
  private readonly index: GeoJSONVT;

  constructor(sites: FeatureCollection<Point, SiteProps>) {
    this.index = new GeoJSONVT(sites, { maxZoom: SITES_MAX_ZOOM, indexMaxZoom: 5, buffer: 64, extent: EXTENT });
  }

  /**
   * The tile at zoom `z`, column `x`, row `y` as protobuf bytes; empty when no site is on it. A tile of more than
   * `THIN_ABOVE` sites keeps one per two-pixel cell, the one most operators share: zoomed out over 200,000 sites,
   * drawing every overlapping dot blocked the page for 0.4 s and showed nothing more.
   */
  tile(z: number, x: number, y: number): Uint8Array<ArrayBuffer> {
    const tile = this.index.getTile(z, x, y);
    if (!tile) return new Uint8Array(0);
    const features = tile.features.length > THIN_ABOVE ? thin(tile.features) : tile.features;
    // vt-pbf marks layers as spec version 1 unless told: MapLibre then warns that they may render wrongly.
    return new Uint8Array(fromGeojsonVt({ [SITES_TILE_LAYER]: { ...tile, features } }, { version: 2, extent: EXTENT }));
  }
}

/** Sites in a tile above which overlapping ones are dropped; the demo's whole province (3,174) stays complete. */
export const THIN_ABOVE = 4000;
/** Cell in tile units (`EXTENT` over 512 screen pixels): two pixels, where the dots overlap anyway. */
const CELL = 16;

function thin<T extends { geometry: unknown; tags: unknown }[]>(features: T): T {
  const kept = new Map<number, T[number]>();
  for (const f of features) {
    const [px, py] = (f.geometry as [number, number][])[0]!;
    // Tiles reach a buffer past their edges, hence the offset before the cell number.
    const key = Math.floor((px + 1024) / CELL) * 1e6 + Math.floor((py + 1024) / CELL);
    const other = kept.get(key);
    if (!other || operatorCount(f) > operatorCount(other)) kept.set(key, f);
  }
  return [...kept.values()] as T;
}

const operatorCount = (f: { tags: unknown }) => Number((f.tags as Partial<SiteProps> | null)?.operatorCount ?? 0);
