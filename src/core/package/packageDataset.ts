import { provinceDataset } from '../dataset/provinceDataset.ts';
import { applyEstimate } from '../dataset/villageEstimate.ts';
import type { Dataset } from '../model.ts';
import type { PackageContents } from './readPackage.ts';

/**
 * The province a package holds, as the app computes on it: its layers alone, with the package's village estimate
 * where it has one (estimated again otherwise, the same way). What `stats --package` reads. Does not mutate its input.
 */
export function packageDataset(contents: PackageContents): Dataset {
  const { estimate } = contents;
  return provinceDataset(
    contents.layers.map(({ layer }) => (layer.kind === 'villages' && estimate ? { kind: 'villages', villages: applyEstimate(layer.villages, estimate) } : layer)),
  );
}
