import { readFile } from 'node:fs/promises';
import { importMeasureLayer } from '../core/import/importMeasureLayer.ts';
import type { ImportLimits } from '../core/import/importLimits.ts';
import type { MeasureKind } from '../core/import/layerKind.ts';
import type { CommuneSpeed, MeasureData, MeasurePoint, SpeedTile } from '../core/measure/measureTypes.ts';
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

/**
 * The measured inputs of `stats`: speed files (each read as Ookla-style tiles where it has a quadkey column, else
 * as a per-commune table) and a drive test, or why one cannot be read.
 */
export async function loadMeasured(
  speedPaths: readonly string[],
  measurementsPath: string | undefined,
  limits: Partial<ImportLimits>,
): Promise<{ tiles: SpeedTile[]; communeSpeeds: CommuneSpeed[]; points: MeasurePoint[] | null; speedFiles: LoadedInput[]; inputs: LoadedInput[] } | { error: string }> {
  const tiles: SpeedTile[] = [];
  const communeSpeeds: CommuneSpeed[] = [];
  const speedFiles: LoadedInput[] = [];
  for (const path of speedPaths) {
    let read = await loadMeasures(path, 'speed_tiles', limits);
    if ('error' in read && /quadkey/i.test(read.error)) read = await loadMeasures(path, 'speed_communes', limits);
    if ('error' in read) return read;
    if (read.data.kind === 'speed_tiles') tiles.push(...read.data.tiles);
    if (read.data.kind === 'speed_communes') communeSpeeds.push(...read.data.speeds);
    speedFiles.push(read.input);
  }
  let points: MeasurePoint[] | null = null;
  const inputs = [...speedFiles];
  if (measurementsPath !== undefined) {
    const read = await loadMeasures(measurementsPath, 'measurements', limits);
    if ('error' in read) return read;
    if (read.data.kind === 'measurements') points = read.data.points;
    inputs.push(read.input);
  }
  return { tiles, communeSpeeds, points, speedFiles, inputs };
}
