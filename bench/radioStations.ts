import type { Environment, MeasuredTech, Station, Tech } from '../src/core/model.ts';

const OPERATORS = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'];
const BANDS_4G = ['B3', 'B1', 'B8', 'B3;B8', 'B1;B3'];
const ENVIRONMENTS: Environment[] = ['dense_urban', 'urban', 'suburban', 'rural'];
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * `count` stations described as operators describe them, for the radio model: every one carries 4G (bands B1, B3,
 * B8 or two of them), half 5G on n78, a tenth 6G on fr3; antennas 18-45 m; most have three sectors (a few one or
 * two) of 65-90° beamwidth, the rest are omnidirectional; half give their EIRP per technology, the others take the
 * default; three in ten name their environment, the others take it from their commune's type. No radii. One in
 * five shares a tower with the station before it. Positions to 6 decimals, as `stations.csv` writes them.
 */
export function placeModelStations(rand: () => number, box: [number, number, number, number], count: number): Station[] {
  const [w, s, e, n] = box;
  const stations: Station[] = [];
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)]!;
  for (let i = 0; i < count; i++) {
    const prev = stations[i - 1];
    const share = prev !== undefined && rand() < 0.2;
    const techs: Tech[] = ['4G'];
    const bands = [pick(BANDS_4G)];
    if (rand() < 0.5) {
      techs.push('5G');
      bands.push('n78');
    }
    if (rand() < 0.1) {
      techs.push('6G');
      bands.push('fr3');
    }
    const sectored = rand() < 0.85;
    const turn = rand() * 120;
    const sectors = rand() < 0.85 ? 3 : rand() < 0.5 ? 2 : 1;
    const eirpDbm: Partial<Record<MeasuredTech, number>> = {};
    if (rand() < 0.5) eirpDbm['4G'] = Math.round(55 + 8 * rand());
    if (rand() < 0.5) eirpDbm['5G'] = Math.round(70 + 8 * rand());
    if (rand() < 0.5) eirpDbm['6G'] = Math.round(70 + 8 * rand());
    stations.push({
      id: `M${i}`,
      operator: pick(OPERATORS),
      lon: share ? round6(prev.lon + 0.0001) : round6(w + (e - w) * rand()),
      lat: share ? prev.lat : round6(s + (n - s) * rand()),
      techs,
      heightM: Math.round(18 + 27 * rand()),
      azimuths: sectored ? Array.from({ length: sectors }, (_, k) => Math.round(turn + k * 120)) : [],
      beamwidthDeg: sectored ? Math.round(65 + 25 * rand()) : null,
      band: bands.join(';'),
      eirpDbm,
      environment: rand() < 0.3 ? pick(ENVIRONMENTS) : null,
      towerId: share ? prev.towerId : `T${i}`,
      radiusM: {},
    });
  }
  return stations;
}

/**
 * The model file of the accuracy case of issue #10: thresholds, margins, a cell-edge reliability, an environment per
 * commune type, offsets per operator and band, and a range cap, as a user would write it.
 */
export const ACCURACY_MODEL_FILE = JSON.stringify({
  threshold_dbm: { '4G': -108, '5G': -112, '6G': -110 },
  margin_db: { '4G': 2, '5G': 3, '6G': 3 },
  cell_edge_reliability_pct: 75,
  environment_by_commune_type: { phuong: 'urban', xa: 'suburban', dac_khu: 'rural' },
  offset_db: { Viettel: { B3: -2 }, VNPT: { n78: 1.5 } },
  max_range_m: 15000,
});
