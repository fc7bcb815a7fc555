import type { Dataset } from '../model.ts';
import { generateCommunes } from './generateCommunes.ts';
import { layFibre } from './layFibre.ts';
import { placeStations } from './placeStations.ts';
import { createRandom, deriveSeed } from './random.ts';
import { splitIntoVillages } from './splitIntoVillages.ts';

export const DEFAULT_DEMO_SEED = 2025;

/**
 * The built-in demo province "Tỉnh Minh Họa" (code "demo", `isDemo` true), generated from a seed: 70-90 communes
 * tiling about 3,500 km² of northern Vietnam, 1,300-1,700 villages, 1.6-1.9 million people mostly in two or three
 * towns, 3,400-4,200 stations of the four operators with about a fifth of sites shared, 4G gaps in a remote hilly
 * corner, 5G in towns and industrial parks, a few 6G pilots, and fibre to most villages.
 * Coordinates `[lng, lat]`. The same seed gives the same data set.
 */
export function generateDemo(options: { seed?: number } = {}): Dataset {
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const sizes = createRandom(deriveSeed(seed, 'sizes'));
  const layout = generateCommunes(deriveSeed(seed, 'communes'), sizes.int(70, 90));
  const villages = splitIntoVillages(layout.communes, {
    seed: deriveSeed(seed, 'villages'),
    villages: sizes.int(1300, 1700),
    population: sizes.int(1_600_000, 1_900_000),
    towns: layout.towns,
    hills: layout.hills,
  });
  const stations = placeStations(villages, {
    seed: deriveSeed(seed, 'stations'),
    stations: sizes.int(3400, 4200),
    towns: layout.towns,
    industrialParks: layout.industrialParks,
    remote: layout.hills,
  });
  return {
    province: { code: 'demo', name: 'Tỉnh Minh Họa'.normalize('NFC'), nameEn: 'Demo province', isDemo: true },
    communes: layout.communes,
    villages,
    stations,
    coverage: [],
    fibre: layFibre(villages, { seed: deriveSeed(seed, 'fibre') }),
    populationPoints: [],
  };
}
