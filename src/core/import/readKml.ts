import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { FeatureCollection } from 'geojson';
import { decodeText } from './decodeText.ts';
import type { ImportFailure } from './importFailure.ts';
import { resolveLimits, type ImportLimits } from './importLimits.ts';
import { InflateBudget, inflateWhole, listZip } from './readZip.ts';

/** Reads KML text into GeoJSON features (`[lng, lat]`); xmldom because workers and Node have no DOMParser. */
export function readKml(text: string): FeatureCollection {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  return kml(doc as unknown as Parameters<typeof kml>[0]) as FeatureCollection;
}

/**
 * Reads the KML inside a KMZ archive (doc.kml first, else the first .kml), inflated within `limits`: a KMZ of a
 * few megabytes that expands to gigabytes stops at the limit. Does not mutate `bytes`.
 */
export function readKmz(bytes: Uint8Array, limits: Partial<ImportLimits> = {}): { fc: FeatureCollection; crs: null } | { failure: ImportFailure } {
  const kmls = (listZip(bytes) ?? []).filter((e) => /\.kml$/i.test(e.name));
  const entry = kmls.find((e) => /doc\.kml$/i.test(e.name)) ?? kmls[0];
  if (!entry) return { failure: { code: 'no_kml_in_kmz' } };
  return { fc: readKml(decodeText(inflateWhole(bytes, entry, new InflateBudget(resolveLimits(limits)))).text), crs: null };
}
