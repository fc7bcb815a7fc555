import { kml } from '@tmcw/togeojson';
import { DOMParser } from '@xmldom/xmldom';
import type { Feature, FeatureCollection } from 'geojson';
import { decodeText } from './decodeText.ts';
import type { ImportFailure } from './importFailure.ts';
import { resolveLimits, type ImportLimits } from './importLimits.ts';
import { InflateBudget, inflateWhole, listZip } from './readZip.ts';
import type { RowFault } from './table.ts';

type KmlRead = { fc: FeatureCollection; crs: null; faults: (RowFault | null)[] };

const DEFAULT_ROOT = '<kml xmlns="http://www.opengis.net/kml/2.2">';

/**
 * Reads KML text into GeoJSON features (`[lng, lat]`), one Placemark at a time: each is cut out of the text by a
 * linear scan and parsed alone (xmldom, as workers and Node have no DOMParser; togeojson turns it into a
 * feature). A whole-document DOM took about ten times the text's size in memory, and one broken Placemark failed
 * the file; here memory is the features, and a Placemark that does not parse is a `damaged_record` row of its own.
 * Each is parsed inside the file's root tag, so the namespaces it declares hold. Styles and schemas of the
 * document are not applied (the importers read names and data, not colours; typed data stays text).
 */
export function readKml(text: string): KmlRead {
  const root = rootTag(text);
  const features: Feature[] = [];
  const faults: (RowFault | null)[] = [];
  for (const placemark of placemarks(text)) {
    const read = readPlacemark(`${root.open}<Document>${placemark}</Document></${root.name}>`);
    features.push(read.feature);
    faults.push(read.fault);
  }
  return { fc: { type: 'FeatureCollection', features }, crs: null, faults };
}

/**
 * Reads the KML inside a KMZ archive (doc.kml first, else the first .kml), inflated within `limits`: a KMZ of a
 * few megabytes that expands to gigabytes stops at the limit. Does not mutate `bytes`.
 */
export function readKmz(bytes: Uint8Array, limits: Partial<ImportLimits> = {}): KmlRead | { failure: ImportFailure } {
  const kmls = (listZip(bytes) ?? []).filter((e) => /\.kml$/i.test(e.name));
  const entry = kmls.find((e) => /doc\.kml$/i.test(e.name)) ?? kmls[0];
  if (!entry) return { failure: { code: 'no_kml_in_kmz' } };
  return readKml(decodeText(inflateWhole(bytes, entry, new InflateBudget(resolveLimits(limits)))).text);
}

function readPlacemark(xml: string): { feature: Feature; fault: RowFault | null } {
  try {
    // Lenient on what browsers forgive (an HTML entity such as &nbsp; in a name), strict where the markup breaks.
    const parser = new DOMParser({
      onError: (level, message) => {
        if (level === 'fatalError') throw new Error(message);
      },
    });
    const doc = parser.parseFromString(xml, 'text/xml');
    const [feature] = kml(doc as unknown as Parameters<typeof kml>[0]).features as Feature[];
    if (feature) return { feature, fault: null };
    return { feature: emptyFeature(), fault: { reason: 'damaged_record', field: 'Placemark', detail: 'no Placemark read' } };
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ').slice(0, 160);
    return { feature: emptyFeature(), fault: { reason: 'damaged_record', field: 'Placemark', detail: message } };
  }
}

const emptyFeature = (): Feature => ({ type: 'Feature', properties: {}, geometry: null }) as unknown as Feature;

/** The document's root start tag (`<kml xmlns=...>`) and its name, or the KML namespace's when there is none. */
function rootTag(text: string): { open: string; name: string } {
  let at = 0;
  for (;;) {
    const lt = text.indexOf('<', at);
    if (lt < 0) return { open: DEFAULT_ROOT, name: 'kml' };
    const next = text[lt + 1];
    if (next === '?' || next === '!') {
      const end = text.startsWith('<!--', lt) ? text.indexOf('-->', lt + 4) : text.indexOf('>', lt);
      if (end < 0) return { open: DEFAULT_ROOT, name: 'kml' };
      at = end + 1;
      continue;
    }
    const end = text.indexOf('>', lt);
    const open = end < 0 ? '' : text.slice(lt, end + 1);
    const name = /^<([\w.:-]+)/.exec(open)?.[1];
    if (!name || !/(^|:)kml$/.test(name) || open.endsWith('/>') || open.length > 10_000) return { open: DEFAULT_ROOT, name: 'kml' };
    return { open, name };
  }
}

const NAME_CHAR = /[\w.-]/;

/**
 * The text of each Placemark element, in order, found by `indexOf` alone (one pass, no backtracking); comments
 * are skipped. A Placemark whose end tag never comes runs to the end of the text (and fails to parse as a row).
 */
function* placemarks(text: string): Generator<string> {
  let at = 0;
  // The next comment at or after `at`, found again only once passed: the scan stays one pass.
  let comment = text.indexOf('<!--');
  for (;;) {
    const hit = text.indexOf('Placemark', at);
    if (hit < 0) return;
    if (comment >= 0 && comment < at) comment = text.indexOf('<!--', at);
    if (comment >= 0 && comment < hit) {
      const end = text.indexOf('-->', comment + 4);
      if (end < 0) return;
      at = end + 3;
      continue;
    }
    let lt = hit - 1;
    if (text[lt] === ':') {
      lt--;
      while (lt >= at && NAME_CHAR.test(text[lt]!)) lt--;
    }
    const after = text[hit + 9];
    if (text[lt] !== '<' || (after !== '>' && after !== '/' && !/\s/.test(after ?? ''))) {
      at = hit + 9;
      continue;
    }
    const tagEnd = text.indexOf('>', hit);
    if (tagEnd < 0) {
      yield text.slice(lt);
      return;
    }
    if (text[tagEnd - 1] === '/') {
      yield text.slice(lt, tagEnd + 1);
      at = tagEnd + 1;
      continue;
    }
    const close = `</${text.slice(lt + 1, hit)}Placemark`;
    const closeAt = text.indexOf(close, tagEnd);
    const end = closeAt < 0 ? -1 : text.indexOf('>', closeAt);
    if (end < 0) {
      yield text.slice(lt);
      return;
    }
    yield text.slice(lt, end + 1);
    at = end + 1;
  }
}
