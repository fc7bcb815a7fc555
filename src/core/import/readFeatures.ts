// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- shpjs ships no types; the reference makes every tsconfig that reaches this file see ours
/// <reference path="./shpjs.d.ts" />
import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import { decodeText } from './decodeText.ts';
import type { ImportFailure } from './importFailure.ts';
import { looksProjected, reprojectFeatures } from './reproject.ts';
import { crsFromPrj, toWgs84, type CrsName } from './vn2000.ts';

export type FeatureFormat = 'geojson' | 'kml' | 'kmz' | 'shapefile';

/** A feature file read into WGS84, or why it could not be read. */
export type FeatureRead = { fc: FeatureCollection; crs: CrsName | null } | { failure: ImportFailure };

/**
 * Reads GeoJSON, KML, KMZ or a zipped Shapefile into a WGS84 FeatureCollection (`[lng, lat]`). The coordinate
 * system comes from `crs` when given, else from the Shapefile's .prj or the GeoJSON's legacy "crs" member;
 * projected data with no known system is a failure that says so. Property text is NFC. Does not mutate `bytes`.
 */
export function readFeatures(bytes: Uint8Array, format: FeatureFormat, crs?: CrsName): FeatureRead {
  let read: { fc: FeatureCollection; crs: CrsName | null } | { failure: ImportFailure };
  try {
    read =
      format === 'shapefile' ? readShapefileZip(bytes)
      : format === 'kmz' ? readKmz(bytes)
      : format === 'kml' ? { fc: readKml(decodeText(bytes).text), crs: null }
      : readGeoJson(decodeText(bytes).text);
  } catch (e) {
    return { failure: { code: 'unreadable_features', format, message: e instanceof Error ? e.message : String(e) } };
  }
  if ('failure' in read) return read;
  const system = crs ?? read.crs;
  if (system && !/^(EPSG:4326|WGS84)$/i.test(system)) {
    const transform = toWgs84(system);
    if (!transform) return { failure: { code: 'unknown_crs', crs: system.slice(0, 200) } };
    reprojectFeatures(read.fc, transform);
  } else if (looksProjected(read.fc)) {
    return { failure: { code: 'metres_without_crs' } };
  }
  normaliseProperties(read.fc);
  return { fc: read.fc, crs: system };
}

function readGeoJson(text: string): { fc: FeatureCollection; crs: CrsName | null } | { failure: ImportFailure } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { failure: { code: 'invalid_json' } };
  }
  const obj = json as { type?: string; features?: unknown; crs?: { properties?: { name?: string } } };
  const crsName = obj.crs?.properties?.name ?? null;
  const crs = crsName ? (/EPSG:*(\d+)$/i.exec(crsName)?.[1] ?? null) : null;
  const system = crs === null ? null : crs === '4326' || /CRS84$/i.test(crsName ?? '') ? null : `EPSG:${crs}`;
  if (obj.type === 'FeatureCollection' && Array.isArray(obj.features)) return { fc: json as FeatureCollection, crs: system };
  if (obj.type === 'Feature') return { fc: { type: 'FeatureCollection', features: [json as Feature] }, crs: system };
  if (typeof obj.type === 'string' && 'coordinates' in (obj as object)) {
    return { fc: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: json as Geometry }] }, crs: system };
  }
  return { failure: { code: 'not_geojson' } };
}

function readKml(text: string): FeatureCollection {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  return kml(doc as unknown as Parameters<typeof kml>[0]) as FeatureCollection;
}

function readKmz(bytes: Uint8Array): { fc: FeatureCollection; crs: null } | { failure: ImportFailure } {
  const files = unzipSync(bytes, { filter: (f) => /\.kml$/i.test(f.name) });
  const name = Object.keys(files).sort((a, b) => Number(!/doc\.kml$/i.test(a)) - Number(!/doc\.kml$/i.test(b)))[0];
  if (!name) return { failure: { code: 'no_kml_in_kmz' } };
  return { fc: readKml(decodeText(files[name]!).text), crs: null };
}

function readShapefileZip(bytes: Uint8Array): { fc: FeatureCollection; crs: CrsName | null } | { failure: ImportFailure } {
  const files = unzipSync(bytes, { filter: (f) => !f.name.includes('__MACOSX') && /\.(shp|dbf|prj|cpg)$/i.test(f.name) });
  const shpName = Object.keys(files).find((n) => /\.shp$/i.test(n));
  if (!shpName) return { failure: { code: 'no_shp_in_zip' } };
  const base = shpName.slice(0, -4);
  const part = (ext: string) => Object.entries(files).find(([n]) => n.toLowerCase() === `${base}.${ext}`.toLowerCase())?.[1];
  const shp = part('shp')!;
  const dbf = part('dbf');
  const prj = part('prj');
  const cpg = part('cpg');
  const geometries = parseShp(shp, false);
  const records = dbf ? parseDbf(dbf, cpg ? new TextDecoder().decode(cpg).trim() : 'utf-8') : [];
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({ type: 'Feature', geometry: geometry as Geometry, properties: records[i] ?? {} })),
  };
  return { fc, crs: prj ? crsFromPrj(new TextDecoder().decode(prj)) : null };
}

function normaliseProperties(fc: FeatureCollection): void {
  for (const f of fc.features) {
    if (!f.properties) continue;
    for (const [k, v] of Object.entries(f.properties)) if (typeof v === 'string') f.properties[k] = v.normalize('NFC');
  }
}
