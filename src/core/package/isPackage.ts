import { unzipSync } from 'fflate';
import { MANIFEST_PATH } from './packageFormat.ts';

/**
 * Whether a file is a province package rather than a layer (a zipped Shapefile is a zip too): a zip archive with
 * `manifest.json` at its root. Reads the archive's directory only, inflating nothing. Never throws.
 */
export function isProvincePackage(bytes: Uint8Array): boolean {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b || bytes[2] !== 0x03 || bytes[3] !== 0x04) return false;
  let found = false;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        if (file.name === MANIFEST_PATH) found = true;
        return false;
      },
    });
  } catch {
    return false;
  }
  return found;
}
