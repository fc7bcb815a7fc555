import { createRandom } from '../../src/core/demo/random.ts';
import { roundDegrees } from '../../src/core/export/roundCoordinates.ts';
import type { Dataset, Station, Village } from '../../src/core/model.ts';
import { createCommune, createDataset, createSquare, createStation, createVillage } from './createData.ts';

const OPERATORS = ['Viettel', 'VNPT', 'MobiFone'];

/**
 * A 4 x 4 km province of four 2 km communes cut into 64 villages of 500 m (people drawn per village, a few with
 * none), and `stations` stations at random places (seed `seed`) with 600 m of 4G, a third with 300 m of 5G; one
 * in three stands on the tower of the one before (another operator). Wide gaps remain for the optimiser to fill.
 */
export function createGappyProvince(seed: number, stations = 8): Dataset {
  const random = createRandom(seed);
  const villages: Village[] = [];
  for (let i = 0; i < 8; i++)
    for (let j = 0; j < 8; j++) {
      const commune = `${i < 4 ? 'W' : 'E'}${j < 4 ? 'S' : 'N'}`;
      villages.push(createVillage(`V${i}${j}`, commune, createSquare(-1750 + 500 * i, -1750 + 500 * j, 500), random.chance(0.1) ? 0 : random.int(50, 900)));
    }
  const list: Station[] = [];
  for (let k = 0; k < stations; k++) {
    const prev = list[k - 1];
    const onTower = prev !== undefined && random.chance(0.33);
    const x = random.range(-2000, 2000);
    const y = random.range(-2000, 2000);
    const operator = onTower ? OPERATORS[(OPERATORS.indexOf(prev.operator) + 1) % OPERATORS.length]! : random.pick(OPERATORS);
    const radii = random.chance(0.33) ? { '4G': 600, '5G': 300 } : { '4G': 600 };
    const s = createStation(`S${k}`, operator, x, y, radii, { towerId: onTower ? prev.towerId : `T${k}`, heightM: 30 });
    // Positions to 6 decimals, as a station file gives them.
    list.push(onTower ? { ...s, lon: prev.lon, lat: prev.lat } : { ...s, lon: roundDegrees(s.lon), lat: roundDegrees(s.lat) });
  }
  return createDataset({
    communes: ['WS', 'WN', 'ES', 'EN'].map((code) => createCommune(code, createSquare(code[0] === 'W' ? -1000 : 1000, code[1] === 'S' ? -1000 : 1000, 2000))),
    villages,
    stations: list,
  });
}
