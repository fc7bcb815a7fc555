import { readFile } from 'node:fs/promises';
import { importLayer, type LayerData } from '../core/import/importLayer.ts';
import type { LayerWarnings } from '../core/import/crossCheckLayers.ts';
import { datasetFromLayers } from '../core/import/datasetFromLayers.ts';
import type { ImportLimits } from '../core/import/importLimits.ts';
import type { ImportReport } from '../core/import/importReport.ts';
import type { ImportKind, LayerKind } from '../core/import/layerKind.ts';
import type { Dataset } from '../core/model.ts';
import { readPackage } from '../core/package/readPackage.ts';

export type DatasetFiles = { communes: string; stations: string; villages?: string } & Partial<Record<'coverage' | 'fibre' | 'population', string>>;

/** What happened to one input file: its path, the kind it was read as, and the import report. */
export interface LoadedInput {
  path: string;
  kind: ImportKind;
  report: ImportReport;
}

const ORDER = ['communes', 'villages', 'stations', 'coverage', 'fibre', 'population'] as const satisfies readonly LayerKind[];

/**
 * Loads the `stats` command's inputs through the import core, so every format `check` reads works here: each
 * file is imported as the kind of its flag; rows that fail come back in the reports. Villages given as points
 * get estimated areas. The province is named from the commune codes (code empty when it cannot be), as in the app.
 * `warnings` are what the layers say about each other (`crossCheckLayers`, on the villages as imported). Fails,
 * naming the file, only when a file cannot be read at all.
 */
export async function loadDataset(
  files: DatasetFiles,
  limits: Partial<ImportLimits> = {},
): Promise<{ dataset: Dataset; inputs: LoadedInput[]; warnings: LayerWarnings } | { error: string }> {
  const layers: LayerData[] = [];
  const inputs: LoadedInput[] = [];
  for (const kind of ORDER) {
    const path = files[kind];
    if (path === undefined) continue;
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(path));
    } catch (e) {
      return { error: `${path}: cannot read the file (${e instanceof Error ? e.message : String(e)})` };
    }
    const result = await importLayer(bytes, path, kind, { limits });
    if (!result.ok) return { error: result.error };
    layers.push(result.layer);
    inputs.push({ path, kind, report: result.report });
  }
  const { dataset, warnings } = datasetFromLayers(layers);
  return { dataset, inputs, warnings };
}

/**
 * Loads a province package exported by the app (see `readPackage`), bounded as in the app, with its kept village
 * estimate; the inputs it reports are its layers with the counts of their original import. Fails, naming the file,
 * when it cannot be read.
 */
export async function loadPackage(path: string): Promise<{ dataset: Dataset; inputs: LoadedInput[]; warnings: LayerWarnings } | { error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    return { error: `${path}: cannot read the file (${e instanceof Error ? e.message : String(e)})` };
  }
  const contents = readPackage(bytes, path);
  if ('error' in contents) return contents;
  const inputs = contents.layers.map(({ info }): LoadedInput => ({
    path: `${path}:${info.file}`, kind: info.kind,
    report: { file: info.file, ...info.counts, reasons: {}, warningCodes: {}, issues: [] },
  }));
  const { dataset, warnings } = datasetFromLayers(contents.layers.map((l) => l.layer), { estimate: contents.estimate });
  return { dataset, inputs, warnings };
}
