import type { LayerInfo } from '../dataset/layerInfo.ts';
import type { Province } from '../model.ts';
import type { RadioModelFile } from '../radio/describeModel.ts';

/**
 * A province package: one zip file holding a user's whole province, so a provincial office can send one file (or
 * a link to it) and a commune official sees the same figures. `manifest.json` says what it holds; each layer is
 * `layers/<kind>.json`, the layer as the app keeps it (full precision, so the figures are the same to the last
 * digit); the kept village estimate, when there is one, is `derived/villages_estimated.json`.
 */
export const PACKAGE_FORMAT = 'phusong-province';
/** Raised when a package changes in a way an older reader cannot read; readers refuse newer versions. */
export const PACKAGE_VERSION = 1;
export const MANIFEST_PATH = 'manifest.json';
export const ESTIMATE_PATH = 'derived/villages_estimated.json';
export const layerPath = (kind: string) => `layers/${kind}.json`;

/** View settings the package carries, so the figures open as they were shown. */
export interface PackageSettings {
  /** The coverage threshold, percent. */
  thresholdPct: number;
  /** The chosen plan's id; null for the default plan of the province. */
  planId: string | null;
  /** The radio model of the settings panel, as a model file holds it; absent in older packages (the defaults). */
  radio?: RadioModelFile;
}

export interface PackageManifest {
  format: typeof PACKAGE_FORMAT;
  version: number;
  /** ISO date-time the package was written. */
  createdAt: string;
  province: Pick<Province, 'code' | 'name' | 'nameEn'>;
  settings: PackageSettings;
  /** Hand-entered plan values (see `ManualValue`), as entered; validated when read against the shipped plans. */
  manualValues: unknown[];
  layers: (LayerInfo & { path: string })[];
  estimate: { path: string; villagesId: string; communesId: string } | null;
}

/**
 * Bounds on opening a package. A real province (100 communes, 2,000 villages with boundaries, 200,000 stations)
 * packs into about 15 MB and inflates to about 80 MB; the limits leave room above that and stop a crafted archive
 * long before it fills a browser tab's memory.
 */
export const PACKAGE_LIMITS = {
  /** The package file itself. */
  maxPackageBytes: 200 * 2 ** 20,
  /** All of its entries inflated together, and any one of them. */
  maxInflatedBytes: 600 * 2 ** 20,
  maxEntries: 32,
} as const;
