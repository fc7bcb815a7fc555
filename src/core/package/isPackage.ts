import { listZip } from '../import/readZip.ts';
import { MANIFEST_PATH } from './packageFormat.ts';

/**
 * Whether a file is a province package rather than a layer (a zipped Shapefile is a zip too): a zip archive with
 * `manifest.json` at its root. Reads the archive's directory only, inflating nothing. Never throws.
 */
export function isProvincePackage(bytes: Uint8Array): boolean {
  return listZip(bytes)?.some((e) => e.name === MANIFEST_PATH) ?? false;
}
