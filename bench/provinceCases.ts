import { join } from 'node:path';
import { mulberry32 } from '../src/core/demo/random.ts';
import type { Dataset } from '../src/core/model.ts';
import { placeRandomStations, splitCommunesByGrid } from './splitVillages.ts';
import { loadDataset } from '../src/cli/loadDataset.ts';

export const REAL = join(import.meta.dirname, '../../shared/data/real');

/** Bắc Ninh's box, where the bench cases scatter their stations. */
export const BAC_NINH_BOX: [number, number, number, number] = [105.85, 20.95, 107.05, 21.65];

/**
 * The Bắc Ninh bench case of `bench/run.ts` (Case 1): the 99 real 2025 wards cut into ~2,200 villages by a
 * 0.019° grid, and 6,000 random stations (seed 2025).
 */
export async function createBacNinhCase(stationCount = 6000): Promise<Pick<Dataset, 'communes' | 'villages' | 'stations'>> {
  const loaded = await loadDataset({
    communes: join(REAL, 'bac_ninh_wards_2025.geojson'),
    villages: join(import.meta.dirname, '../tests/fixtures/stats/villages.geojson'),
    stations: join(import.meta.dirname, '../tests/fixtures/stats/stations.csv'),
  });
  if ('error' in loaded) throw new Error(loaded.error);
  const communes = loaded.dataset.communes;
  const villages = splitCommunesByGrid(communes, 0.019);
  const stations = placeRandomStations(mulberry32(2025), BAC_NINH_BOX, stationCount);
  return { communes, villages, stations };
}
