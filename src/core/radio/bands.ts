import type { MeasuredTech } from '../model.ts';

export interface Band {
  /** As written in `stations.csv`: "B3", "n78", "fr3". */
  name: string;
  tech: MeasuredTech;
  /** The frequency the path-loss formulas use, MHz. */
  mhz: number;
}

/** The bands of `docs/radio-model.md`: LTE bands B*, NR bands n*, and fr3 for 6G in the 7.125-8.4 GHz upper mid-band. */
export const BANDS: readonly Band[] = [
  { name: 'B1', tech: '4G', mhz: 2100 },
  { name: 'B3', tech: '4G', mhz: 1800 },
  { name: 'B8', tech: '4G', mhz: 900 },
  { name: 'B28', tech: '4G', mhz: 700 },
  { name: 'B40', tech: '4G', mhz: 2300 },
  { name: 'B41', tech: '4G', mhz: 2600 },
  { name: 'n1', tech: '5G', mhz: 2100 },
  { name: 'n3', tech: '5G', mhz: 1800 },
  { name: 'n28', tech: '5G', mhz: 700 },
  { name: 'n41', tech: '5G', mhz: 2600 },
  { name: 'n77', tech: '5G', mhz: 3700 },
  { name: 'n78', tech: '5G', mhz: 3500 },
  { name: 'n79', tech: '5G', mhz: 4700 },
  { name: 'n257', tech: '5G', mhz: 28000 },
  { name: 'n258', tech: '5G', mhz: 26000 },
  { name: 'fr3', tech: '6G', mhz: 7750 },
];

const BY_NAME = new Map(BANDS.map((b) => [b.name.toLowerCase(), b]));

/** The band named `name`, without regard to case ("b3", "N78"), or undefined. */
export function findBand(name: string): Band | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}

const MHZ = /^(\d{3,5})(mhz)?$/i;

/**
 * Reads a band list ("B3;n78", "b3, N78", "B1/B3"): the known bands in the order given and without repeats, and
 * the tokens that name no band. A frequency in MHz ("1800", "3500MHz", as "Tần số" columns give it) stands for the
 * bands at that frequency of the technologies in `techs` (1800 is B3 for 4G, n3 for 5G).
 */
export function parseBands(text: string, techs: readonly string[] = []): { bands: Band[]; unknown: string[] } {
  const bands: Band[] = [];
  const unknown: string[] = [];
  for (const token of text.split(/[;,/|\s]+/)) {
    if (token === '') continue;
    const band = findBand(token);
    const mhz = MHZ.exec(token);
    const found = band ? [band] : mhz ? BANDS.filter((b) => b.mhz === Number(mhz[1]) && techs.includes(b.tech)) : [];
    if (found.length === 0) unknown.push(token);
    for (const b of found) if (!bands.includes(b)) bands.push(b);
  }
  return { bands, unknown };
}

/** `bandsFor` answers by band text and technology: a province's stations repeat a handful of band lists. */
const bandsMemo = new Map<string, Band[]>();

/** The bands a station uses for `tech`: its bands of that technology, else the technology's default band. */
export function bandsFor(bandText: string | null, tech: MeasuredTech, defaultBand: string): Band[] {
  const key = `${tech}|${defaultBand}|${bandText ?? ''}`;
  let bands = bandsMemo.get(key);
  if (bands === undefined) {
    const own = bandText === null ? [] : parseBands(bandText).bands.filter((b) => b.tech === tech);
    bands = own.length > 0 ? own : [findBand(defaultBand)!];
    if (bandsMemo.size < 4096) bandsMemo.set(key, bands);
  }
  return bands;
}
