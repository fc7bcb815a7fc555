import { listZip } from './readZip.ts';

export type FileFormat = 'csv' | 'xlsx' | 'geojson' | 'kml' | 'kmz' | 'shapefile';

/**
 * The format of a file from its name and first bytes: a zip is a workbook, a KMZ or a zipped Shapefile by what
 * it holds; text starting with "{" or "[" is GeoJSON, with "<" KML; other text is CSV/TSV. Null for a zip that
 * holds none of these.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): FileFormat | null {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
  if (isZip) {
    const list = (listZip(bytes) ?? []).map((e) => e.name);
    if (list.some((n) => /^xl\//i.test(n)) || ext === 'xlsx') return 'xlsx';
    if (list.some((n) => /\.kml$/i.test(n)) || ext === 'kmz') return 'kmz';
    if (list.some((n) => /\.shp$/i.test(n))) return 'shapefile';
    return null;
  }
  if (ext === 'geojson' || ext === 'json') return 'geojson';
  if (ext === 'kml') return 'kml';
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return 'geojson';
  if (head.startsWith('<')) return 'kml';
  return 'csv';
}
