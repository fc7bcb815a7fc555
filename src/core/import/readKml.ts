import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import { unzipSync } from 'fflate';
import type { FeatureCollection } from 'geojson';
import { decodeText } from './decodeText.ts';
import type { ImportFailure } from './importFailure.ts';

/** Reads KML text into GeoJSON features (`[lng, lat]`); xmldom because workers and Node have no DOMParser. */
export function readKml(text: string): FeatureCollection {
  const doc = new DOMParser().parseFromString(text, 'text/xml');
  return kml(doc as unknown as Parameters<typeof kml>[0]) as FeatureCollection;
}

/** Reads the KML inside a KMZ archive (doc.kml first, else the first .kml). Does not mutate `bytes`. */
export function readKmz(bytes: Uint8Array): { fc: FeatureCollection; crs: null } | { failure: ImportFailure } {
  const files = unzipSync(bytes, { filter: (f) => /\.kml$/i.test(f.name) });
  const name = Object.keys(files).sort((a, b) => Number(!/doc\.kml$/i.test(a)) - Number(!/doc\.kml$/i.test(b)))[0];
  if (!name) return { failure: { code: 'no_kml_in_kmz' } };
  return { fc: readKml(decodeText(files[name]!).text), crs: null };
}
