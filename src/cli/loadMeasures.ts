import { readFile } from 'node:fs/promises';
import { importMeasureLayer } from '../core/import/importMeasureLayer.ts';
import type { ImportLimits } from '../core/import/importLimits.ts';
import type { MeasureKind } from '../core/import/layerKind.ts';
import type { MeasureData } from '../core/measure/measureTypes.ts';
import type { LoadedInput } from './loadDataset.ts';

/** Imports a file of measured truth as `kind` (`importMeasureLayer`), or says why it cannot be read, naming it. */
export async function loadMeasures(
  path: string,
  kind: MeasureKind,
  limits: Partial<ImportLimits>,
): Promise<{ data: MeasureData; input: LoadedInput } | { error: string }> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (e) {
    return { error: `${path}: cannot read the file (${e instanceof Error ? e.message : String(e)})` };
  }
  const result = await importMeasureLayer(bytes, path, kind, { limits });
  if (!result.ok) return { error: result.error };
  return { data: result.data, input: { path, kind, report: result.report } };
}
