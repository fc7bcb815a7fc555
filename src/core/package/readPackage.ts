import { strFromU8 } from 'fflate';
import type { LayerInfo } from '../dataset/layerInfo.ts';
import type { VillageEstimate } from '../dataset/villageEstimate.ts';
import type { LayerData } from '../import/importLayer.ts';
import { LAYER_KINDS, type LayerKind } from '../import/layerKind.ts';
import type { Area } from '../model.ts';
import { MANIFEST_PATH, PACKAGE_FORMAT, PACKAGE_LIMITS, PACKAGE_VERSION, type PackageManifest } from './packageFormat.ts';
import { DEFAULT_LIMITS, ImportLimitError } from '../import/importLimits.ts';
import { InflateBudget, inflateWhole, listZip } from '../import/readZip.ts';
import { parseRadioModel } from '../radio/parseRadioModel.ts';
import { validateArea, validateLayer } from './validateLayer.ts';

export interface PackageContents {
  manifest: PackageManifest;
  layers: { info: LayerInfo; layer: LayerData }[];
  /** The kept village estimate, when the package has one that fits its villages. */
  estimate: VillageEstimate | null;
}

/**
 * Opens a province package (see `packageFormat.ts`), bounded by `limits` (the file's size, its entries and what
 * they inflate to, checked while inflating by the importer's zip reader), and checks the manifest and every layer
 * field by field. Returns the contents, or a reason naming the package and what is wrong with it. Never throws on
 * input.
 */
export function readPackage(bytes: Uint8Array, file: string, limits = PACKAGE_LIMITS): PackageContents | { error: string } {
  const fail = (why: string) => ({ error: `${file}: ${why}` });
  if (bytes.length > limits.maxPackageBytes) {
    return fail(`the package is ${megabytes(bytes.length)}, over the limit of ${megabytes(limits.maxPackageBytes)}`);
  }
  const entries = listZip(bytes);
  if (!entries) return fail(`not a province package (no ${MANIFEST_PATH})`);
  if (entries.length > limits.maxEntries) return fail(`not opened: more than ${limits.maxEntries} entries in the archive`);
  // One budget for the whole package: its entries together inflate to at most the limit, counted as they inflate.
  const budget = new InflateBudget({ maxUnzippedBytes: limits.maxInflatedBytes, maxZipRatio: DEFAULT_LIMITS.maxZipRatio });
  const text = (path: string) => {
    const entry = entries.find((e) => e.name === path);
    return entry ? strFromU8(inflateWhole(bytes, entry, budget)) : null;
  };
  try {
    return readContents(text, fail);
  } catch (e) {
    if (!(e instanceof ImportLimitError)) return fail(`not opened: ${e instanceof Error ? e.message : String(e)}`);
    return fail(e.limit === 'maxZipRatio'
      ? `not opened: ${e.where} inflates more than ${e.max} times its packed size`
      : `not opened: ${e.where} inflates past the limit of ${megabytes(limits.maxInflatedBytes)} for the package`);
  }
}

/** The package's manifest and layers, checked; `text` inflates an entry (throwing past a limit), null when absent. */
function readContents(text: (path: string) => string | null, fail: (why: string) => { error: string }): PackageContents | { error: string } {
  const manifestText = text(MANIFEST_PATH);
  if (manifestText === null) return fail(`not a province package (no ${MANIFEST_PATH})`);
  const manifest = parse(manifestText);
  const problem = checkManifest(manifest);
  if (problem) return fail(`${MANIFEST_PATH}: ${problem}`);
  const m = manifest as PackageManifest;

  const layers: PackageContents['layers'] = [];
  for (const { path, ...info } of m.layers) {
    const layerText = text(path);
    if (layerText === null) return fail(`${path} is missing`);
    const checked = validateLayer(parse(layerText), info.kind);
    if ('problem' in checked) return fail(`${path}: unexpected value at ${checked.problem}`);
    layers.push({ info, layer: checked.layer });
  }
  return { manifest: m, layers, estimate: readEstimate(m, layers, text) };
}

/** A size as people read it: MB from 1 MB up, KB below. */
const megabytes = (bytes: number) => (bytes >= 2 ** 20 ? `${Math.round(bytes / 2 ** 20)} MB` : `${Math.ceil(bytes / 1024)} KB`);

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function checkManifest(m: unknown): string | null {
  if (typeof m !== 'object' || m === null) return 'not JSON';
  const x = m as Partial<Record<keyof PackageManifest, unknown>>;
  if (x.format !== PACKAGE_FORMAT) return `not a province package (format "${String(x.format)}")`;
  if (typeof x.version !== 'number' || x.version > PACKAGE_VERSION || x.version < 1) {
    return `version ${String(x.version)} is newer than this app reads (${PACKAGE_VERSION}): update the app`;
  }
  const province = x.province as Record<string, unknown> | undefined;
  if (!province || typeof province.code !== 'string' || typeof province.name !== 'string' || typeof province.nameEn !== 'string') return 'province';
  const settings = x.settings as Record<string, unknown> | undefined;
  if (!settings || typeof settings.thresholdPct !== 'number' || !(settings.thresholdPct >= 0 && settings.thresholdPct <= 100)) return 'settings.thresholdPct';
  if (settings.planId !== null && typeof settings.planId !== 'string') return 'settings.planId';
  if (settings.radio !== undefined) {
    const radio = parseRadioModel(JSON.stringify(settings.radio));
    if (!radio.ok) return `settings.radio (${radio.errors.join('; ')})`;
  }
  if (!Array.isArray(x.manualValues)) return 'manualValues';
  if (!Array.isArray(x.layers)) return 'layers';
  const kinds = new Set<string>();
  for (const [i, l] of (x.layers as Record<string, unknown>[]).entries()) {
    const ok = typeof l === 'object' && l !== null && typeof l.id === 'string' && typeof l.file === 'string' &&
      typeof l.importedAt === 'string' && typeof l.path === 'string' && LAYER_KINDS.includes(l.kind as LayerKind) &&
      !kinds.has(l.kind as string) && countsOk(l.counts);
    if (!ok) return `layers[${i}]`;
    kinds.add(l.kind as string);
  }
  const e = x.estimate as Record<string, unknown> | null | undefined;
  if (e !== null && (typeof e !== 'object' || typeof e.path !== 'string' || typeof e.villagesId !== 'string' || typeof e.communesId !== 'string')) {
    return 'estimate';
  }
  return null;
}

function countsOk(c: unknown): boolean {
  if (typeof c !== 'object' || c === null) return false;
  const x = c as Record<string, unknown>;
  return ['rows', 'imported', 'warnings', 'rejected'].every((k) => typeof x[k] === 'number' && Number.isFinite(x[k]));
}

/** The kept estimate when it fits the package's villages and communes; else null (the reader estimates again). */
function readEstimate(m: PackageManifest, layers: PackageContents['layers'], text: (path: string) => string | null): VillageEstimate | null {
  if (!m.estimate) return null;
  const villages = layers.find((l) => l.info.kind === 'villages');
  const communes = layers.find((l) => l.info.kind === 'communes');
  if (villages?.info.id !== m.estimate.villagesId || communes?.info.id !== m.estimate.communesId) return null;
  const count = villages.layer.kind === 'villages' ? villages.layer.villages.length : 0;
  const body = text(m.estimate.path);
  const geometries = body === null ? undefined : parse(body);
  if (!Array.isArray(geometries) || geometries.length !== count) return null;
  if (geometries.some((g, i) => g !== null && validateArea(g, `[${i}]`) !== null)) return null;
  return { villagesId: m.estimate.villagesId, communesId: m.estimate.communesId, geometries: geometries as (Area | null)[] };
}
