import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRandom } from '../../src/core/demo/random.ts';
import { randomPointIn } from '../../src/core/geometry/randomPointIn.ts';
import { importLayer } from '../../src/core/import/importLayer.ts';
import type { Commune } from '../../src/core/model.ts';

/** The real public data of ../shared, as the browser tests and benchmarks read it. */
export const REAL = join(import.meta.dirname, '../../../shared/data/real');

const OPERATORS = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'];

/** A province as a new user brings it: the real 2025 wards, a village list of points and a station list; no fibre. */
export interface RealProvinceFiles {
  wardsFile: string;
  wards: Buffer;
  communes: Commune[];
  villagesCsv: string;
  stationsCsv: string;
  villages: number;
  population: number;
}

/**
 * The real wards of `wardsFile` with `villages` village points spread over them (every ward gets its share, each
 * point inside its ward, seeded) and `stations` station rows inside them, one in four on a tower a second operator
 * shares (same tower id and position). No radius columns: the stations cover the default radii.
 */
export async function createRealProvinceFiles(wardsFile: string, villages: number, stations: number, seed = 2025): Promise<RealProvinceFiles> {
  const wards = readFileSync(join(REAL, wardsFile));
  const imported = await importLayer(new Uint8Array(wards), wardsFile, 'communes');
  if (!imported.ok || imported.layer.kind !== 'communes') throw new Error(`${wardsFile} did not import as communes`);
  const communes = imported.layer.communes;
  const random = createRandom(seed);
  const villageLines = ['Mã thôn,Tên thôn,Mã xã,Vĩ độ,Kinh độ,Dân số,Số hộ'];
  let population = 0;
  for (let i = 0; i < villages; i++) {
    const commune = communes[i % communes.length]!;
    const [lon, lat] = randomPointIn(commune.geometry, random);
    const people = random.int(300, 3000);
    population += people;
    villageLines.push(`${commune.code}-${String(i).padStart(4, '0')},Thôn ${i + 1},${commune.code},${lat.toFixed(6)},${lon.toFixed(6)},${people},${Math.round(people / 3.6)}`);
  }
  const stationLines = ['Mã trạm,Nhà mạng,Vĩ độ,Kinh độ,Công nghệ,Mã cột'];
  for (let i = 0; stationLines.length <= stations; i++) {
    const [lon, lat] = randomPointIn(random.pick(communes).geometry, random);
    const first = random.int(0, 3);
    const tech = random.chance(0.3) ? '4G;5G' : '4G';
    stationLines.push(`BTS${i}A,${OPERATORS[first]},${lat.toFixed(6)},${lon.toFixed(6)},${tech},COT${i}`);
    if (random.chance(0.25) && stationLines.length <= stations) {
      stationLines.push(`BTS${i}B,${OPERATORS[(first + 1) % 4]},${lat.toFixed(6)},${lon.toFixed(6)},4G,COT${i}`);
    }
  }
  return {
    wardsFile, wards, communes, villages,
    villagesCsv: `${villageLines.join('\n')}\n`, stationsCsv: `${stationLines.join('\n')}\n`, population,
  };
}
