import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DEFAULT_DEMO_SEED, generateDemo } from '../../core/demo/generateDemo.ts';
import { communesToGeoJson } from '../../core/export/communesToGeoJson.ts';
import { fibreToGeoJson } from '../../core/export/fibreToGeoJson.ts';
import { stationsToCsv } from '../../core/export/stationsToCsv.ts';
import { villagesToGeoJson } from '../../core/export/villagesToGeoJson.ts';
import type { Command } from '../command.ts';

/** Writes the generated demo province as the four input files, so users see what to prepare. */
export const demoCommand: Command = {
  name: 'demo',
  usage: `demo --out DIR [--seed N]   write the demo province (seed ${DEFAULT_DEMO_SEED} by default) as communes.geojson, villages.geojson, stations.csv, fibre.geojson`,
  async run(argv) {
    let values: { out?: string; seed?: string };
    try {
      ({ values } = parseArgs({ args: argv, options: { out: { type: 'string' }, seed: { type: 'string' } }, strict: true }));
    } catch (error) {
      console.error((error as Error).message);
      return 2;
    }
    const seed = values.seed === undefined ? DEFAULT_DEMO_SEED : Number(values.seed);
    if (!values.out || !Number.isInteger(seed)) {
      console.error(`Expected --out DIR and an integer --seed, got --out ${values.out ?? '(none)'} --seed ${values.seed ?? '(none)'}.`);
      return 2;
    }
    const dataset = generateDemo({ seed });
    mkdirSync(values.out, { recursive: true });
    const files: [string, string][] = [
      ['communes.geojson', communesToGeoJson(dataset.communes)],
      ['villages.geojson', villagesToGeoJson(dataset.villages)],
      ['stations.csv', stationsToCsv(dataset.stations)],
      ['fibre.geojson', fibreToGeoJson(dataset.fibre)],
    ];
    for (const [name, text] of files) writeFileSync(join(values.out, name), text);
    console.log(
      `Wrote ${dataset.province.name} (seed ${seed}) to ${values.out}: ${dataset.communes.length} communes, ` +
        `${dataset.villages.length} villages, ${dataset.stations.length} stations, ` +
        `${dataset.fibre.routes.length} fibre routes, ${dataset.fibre.accessPoints.length} access points.`,
    );
    return 0;
  },
};
