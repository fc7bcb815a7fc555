import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stationsToCsv } from '../../src/core/export/stationsToCsv.ts';
import type { Dataset } from '../../src/core/model.ts';

/** Writes a province as the command line reads it: communes.geojson, villages.geojson and stations.csv in `dir`. */
export function writeProvinceFiles(dir: string, data: Pick<Dataset, 'communes' | 'villages' | 'stations'>): void {
  const fc = (features: object[]) => JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(join(dir, 'communes.geojson'), fc(data.communes.map((c) => ({ type: 'Feature', properties: { code: c.code, name: c.name, type: c.type }, geometry: c.geometry }))));
  writeFileSync(
    join(dir, 'villages.geojson'),
    fc(data.villages.map((v) => ({ type: 'Feature', properties: { village_id: v.id, name: v.name, commune_id: v.communeCode, population: v.population, households: v.households, fibre: v.fibre ? 1 : 0 }, geometry: v.geometry }))),
  );
  writeFileSync(join(dir, 'stations.csv'), stationsToCsv(data.stations));
}
