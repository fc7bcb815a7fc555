// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- shpjs ships no types; the reference makes every tsconfig that reaches this file see ours
/// <reference path="./shpjs.d.ts" />
import { unzipSync } from 'fflate';
import type { FeatureCollection, Geometry } from 'geojson';
import { parseDbf, parseShp } from 'shpjs';
import type { ImportFailure } from './importFailure.ts';
import { crsFromPrj, type CrsName } from './vn2000.ts';

/**
 * Reads a zipped Shapefile (.shp with its .dbf, .prj and .cpg) into features in the file's own coordinates, with
 * the system its .prj names. Does not mutate `bytes`.
 */
export function readShapefileZip(bytes: Uint8Array): { fc: FeatureCollection; crs: CrsName | null } | { failure: ImportFailure } {
  const files = unzipSync(bytes, { filter: (f) => !f.name.includes('__MACOSX') && /\.(shp|dbf|prj|cpg)$/i.test(f.name) });
  const shpName = Object.keys(files).find((n) => /\.shp$/i.test(n));
  if (!shpName) return { failure: { code: 'no_shp_in_zip' } };
  const base = shpName.slice(0, -4);
  const part = (ext: string) => Object.entries(files).find(([n]) => n.toLowerCase() === `${base}.${ext}`.toLowerCase())?.[1];
  const shp = part('shp')!;
  const dbf = part('dbf');
  const prj = part('prj');
  const cpg = part('cpg');
  const geometries = parseShp(shp, false);
  const records = dbf ? parseDbf(dbf, cpg ? new TextDecoder().decode(cpg).trim() : 'utf-8') : [];
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: geometries.map((geometry, i) => ({ type: 'Feature', geometry: geometry as Geometry, properties: records[i] ?? {} })),
  };
  return { fc, crs: prj ? crsFromPrj(new TextDecoder().decode(prj)) : null };
}
