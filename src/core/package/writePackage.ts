import { strToU8, zipSync, type Zippable } from 'fflate';
import type { LayerInfo } from '../dataset/layerInfo.ts';
import type { VillageEstimate } from '../dataset/villageEstimate.ts';
import type { LayerData } from '../import/importLayer.ts';
import type { Province } from '../model.ts';
import {
  ESTIMATE_PATH, layerPath, MANIFEST_PATH, PACKAGE_FORMAT, PACKAGE_VERSION, type PackageManifest, type PackageSettings,
} from './packageFormat.ts';

/** What a package is written from: a user's province as the app keeps it. */
export interface PackageInput {
  province: Pick<Province, 'code' | 'name' | 'nameEn'>;
  settings: PackageSettings;
  manualValues: readonly unknown[];
  layers: readonly { info: LayerInfo; layer: LayerData }[];
  estimate: VillageEstimate | null;
  /** When it is written (defaults to now): ISO date-time. */
  createdAt?: string;
}

/** Writes a province package (see `packageFormat.ts`): a zip of the manifest, each layer and the kept estimate. */
export function writePackage(input: PackageInput): Uint8Array<ArrayBuffer> {
  const files: Zippable = {};
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    version: PACKAGE_VERSION,
    createdAt: input.createdAt ?? new Date().toISOString(),
    province: { code: input.province.code, name: input.province.name, nameEn: input.province.nameEn },
    settings: input.settings,
    manualValues: [...input.manualValues],
    layers: input.layers.map(({ info }) => ({ ...info, path: layerPath(info.kind) })),
    estimate: input.estimate && { path: ESTIMATE_PATH, villagesId: input.estimate.villagesId, communesId: input.estimate.communesId },
  };
  files[MANIFEST_PATH] = strToU8(JSON.stringify(manifest, null, 2));
  for (const { info, layer } of input.layers) files[layerPath(info.kind)] = strToU8(JSON.stringify(layer));
  if (input.estimate) files[ESTIMATE_PATH] = strToU8(JSON.stringify(input.estimate.geometries));
  return zipSync(files, { level: 6 });
}
