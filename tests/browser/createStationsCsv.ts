import { createRandom } from '../../src/core/demo/random.ts';
import { randomPointIn } from '../../src/core/geometry/randomPointIn.ts';
import type { Commune } from '../../src/core/model.ts';

const OPERATORS = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'];
const TECHS = ['4G', '4G;5G', '2G;4G', '4G'];

/** What a generated station list holds: its text and how many of its rows an import must reject. */
export interface StationsCsv {
  text: string;
  rows: number;
  faulty: number;
}

/**
 * A station list of `rows` rows with Vietnamese headers, placed uniformly inside the given communes (seeded), where
 * three rows in every 400 are faulty: an empty operator, an unreadable latitude, a location in Paris.
 */
export function createStationsCsv(communes: readonly Commune[], rows: number, seed = 7): StationsCsv {
  const random = createRandom(seed);
  const lines = ['Mã trạm,Nhà mạng,Vĩ độ,Kinh độ,Công nghệ,Độ cao cột'];
  let faulty = 0;
  for (let i = 0; i < rows; i++) {
    const [lon, lat] = randomPointIn(random.pick(communes).geometry, random);
    let operator = random.pick(OPERATORS);
    let latText = lat.toFixed(6);
    let lonText = lon.toFixed(6);
    switch (i % 400) {
      case 7: operator = ''; faulty++; break;
      case 123: latText = 'abc'; faulty++; break;
      case 250: latText = '48.8566'; lonText = '2.3522'; faulty++; break;
    }
    lines.push(`BTS${String(i).padStart(6, '0')},${operator},${latText},${lonText},${random.pick(TECHS)},${random.int(15, 60)}`);
  }
  return { text: `${lines.join('\n')}\n`, rows, faulty };
}
