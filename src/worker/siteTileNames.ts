/** The vector-tile layer the sites are in; the map's `sites` layer reads it as its `source-layer`. */
export const SITES_TILE_LAYER = 'sites';
/** Deepest zoom the site tiles are cut for; the map overzooms beyond. */
export const SITES_MAX_ZOOM = 14;
/** The URL scheme the page answers with tiles from the app's worker. */
export const SITES_PROTOCOL = 'phusong-sites';

/** The tile URL template of the sites of load number `version`: a new load gets new URLs, so no stale tile is reused. */
export function sitesTileUrl(version: number): string {
  return `${SITES_PROTOCOL}://${version}/{z}/{x}/{y}`;
}
