import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { decodeText } from './decodeText.ts';
import { checkFeatures } from './checkFeatures.ts';
import type { ImportFailure } from './importFailure.ts';
import { ImportLimitError, resolveLimits, type ImportLimits } from './importLimits.ts';
import { looksProjected, reprojectFeatures } from './reproject.ts';
import type { RowFault } from './table.ts';
import { toWgs84, type CrsName } from './vn2000.ts';

export type FeatureFormat = 'geojson' | 'kml' | 'kmz' | 'shapefile';

/** A feature file read into WGS84 with each feature's fault (see `checkFeatures`), or why it could not be read. */
export type FeatureRead = { fc: FeatureCollection; crs: CrsName | null; faults: (RowFault | null)[] } | { failure: ImportFailure };

/**
 * Reads GeoJSON, KML, KMZ or a zipped Shapefile into a WGS84 FeatureCollection (`[lng, lat]`). The coordinate
 * system comes from `crs` when given, else from the Shapefile's .prj or the GeoJSON's legacy "crs" member;
 * projected data with no known system is a failure that says so. Property text is NFC. Each feature is checked
 * (`checkFeatures`) before it is reprojected: a malformed one is emptied and its fault kept for its row, the rest
 * read on. Archives inflate within `limits` (an `ImportLimitError` past one is thrown on). Does not mutate `bytes`.
 * The KML and Shapefile readers load on first use: most runs read GeoJSON and CSV, and the command line starts
 * faster without evaluating an XML parser it will not need.
 */
export async function readFeatures(
  bytes: Uint8Array,
  format: FeatureFormat,
  crs?: CrsName,
  limits: Partial<ImportLimits> = {},
): Promise<FeatureRead> {
  const { maxNestingDepth } = resolveLimits(limits);
  // `faults` are the reader's own: records it could not read (a damaged .shp record, a broken Placemark).
  let read: { fc: FeatureCollection; crs: CrsName | null; faults?: (RowFault | null)[] } | { failure: ImportFailure };
  try {
    read =
      format === 'shapefile' ? (await import('./readShapefileZip.ts')).readShapefileZip(bytes, limits)
      : format === 'kmz' ? (await import('./readKml.ts')).readKmz(bytes, limits)
      : format === 'kml' ? (await import('./readKml.ts')).readKml(decodeText(bytes).text)
      : readGeoJson(decodeText(bytes).text);
  } catch (e) {
    if (e instanceof ImportLimitError) throw e;
    return { failure: { code: 'unreadable_features', format, message: e instanceof Error ? e.message : String(e) } };
  }
  if ('failure' in read) return read;
  const checked = checkFeatures(read.fc, maxNestingDepth);
  const readFaults = read.faults;
  let faults = readFaults ? checked.faults.map((f, i) => readFaults[i] ?? f) : checked.faults;
  read = { fc: checked.fc, crs: read.crs };
  const system = crs ?? read.crs;
  if (system && !/^(EPSG:4326|WGS84)$/i.test(system)) {
    const transform = toWgs84(system);
    if (!transform) return { failure: { code: 'unknown_crs', crs: system.slice(0, 200) } };
    reprojectFeatures(read.fc, transform);
    // Metres far outside the system's range come back as Infinity or NaN degrees: checked again, those features
    // are rejected like any other bad coordinates.
    const again = checkFeatures(read.fc, maxNestingDepth);
    faults = faults.map((f, i) => f ?? again.faults[i] ?? null);
    read = { fc: again.fc, crs: read.crs };
  } else if (looksProjected(read.fc)) {
    return { failure: { code: 'metres_without_crs' } };
  }
  normaliseProperties(read.fc);
  return { fc: read.fc, crs: system, faults };
}

function readGeoJson(text: string): { fc: FeatureCollection; crs: CrsName | null } | { failure: ImportFailure } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { failure: { code: 'invalid_json' } };
  }
  if (typeof json !== 'object' || json === null) return { failure: { code: 'not_geojson' } };
  const obj = json as { type?: string; features?: unknown; crs?: { properties?: { name?: unknown } } };
  const named = obj.crs?.properties?.name;
  const crsName = typeof named === 'string' ? named.slice(0, 200) : null;
  const crs = crsName ? (/EPSG:*(\d+)$/i.exec(crsName)?.[1] ?? null) : null;
  const system = crs === null ? null : crs === '4326' || /CRS84$/i.test(crsName ?? '') ? null : `EPSG:${crs}`;
  if (obj.type === 'FeatureCollection' && Array.isArray(obj.features)) return { fc: json as FeatureCollection, crs: system };
  if (obj.type === 'Feature') return { fc: { type: 'FeatureCollection', features: [json as Feature] }, crs: system };
  if (typeof obj.type === 'string' && 'coordinates' in (obj as object)) {
    return { fc: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: json as Geometry }] }, crs: system };
  }
  return { failure: { code: 'not_geojson' } };
}

function normaliseProperties(fc: FeatureCollection): void {
  for (const f of fc.features) {
    if (!f.properties) continue;
    for (const [k, v] of Object.entries(f.properties)) if (typeof v === 'string') f.properties[k] = v.normalize('NFC');
  }
}
