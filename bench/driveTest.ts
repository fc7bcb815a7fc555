import type { MeasurePoint } from '../src/core/measure/measureTypes.ts';
import type { Commune, Station } from '../src/core/model.ts';
import { findBand } from '../src/core/radio/bands.ts';
import type { RadioModel } from '../src/core/radio/radioModel.ts';
import { createPageSignal } from './radioOracle.ts';

const RAD = Math.PI / 180;
const EARTH_M = 6_371_008.8;

/** A standard normal draw (Box-Muller) from a uniform generator. */
export function gaussian(rand: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

/**
 * A synthetic drive test whose truth is known: `perGroup` points for each operator and band of `groups`, each
 * 30 m to 4 km from a random station of the group at a random bearing (where drive tests go: along the cells),
 * measuring the page's RSRP of the strongest station of that operator and band (`createPageSignal`, with `truth`'s
 * offsets) plus normal noise of `noiseDb`. Points without any station in range are not drawn.
 */
export function createDriveTest(
  rand: () => number,
  stations: readonly Station[],
  communes: readonly Commune[],
  truth: RadioModel,
  groups: readonly { operator: string; band: string }[],
  perGroup: number,
  noiseDb: number,
): MeasurePoint[] {
  const signal = createPageSignal(stations, communes, truth);
  const points: MeasurePoint[] = [];
  for (const { operator, band } of groups) {
    const own = signal.stationsOf(operator, band);
    if (own.length === 0) continue;
    const tech = findBand(band)!.tech;
    for (let k = 0; k < perGroup; k++) {
      const s = own[Math.floor(rand() * own.length)]!;
      const d = 30 + 3970 * Math.sqrt(rand());
      const b = 360 * rand();
      const lat = s.lat + ((d * Math.cos(b * RAD)) / EARTH_M) / RAD;
      const lon = s.lon + ((d * Math.sin(b * RAD)) / (EARTH_M * Math.cos(s.lat * RAD))) / RAD;
      const rx = signal.rsrp(lon, lat, operator, band);
      if (rx === null) continue;
      const rsrpDbm = Math.round((rx + noiseDb * gaussian(rand)) * 10) / 10;
      points.push({ lon: round6(lon), lat: round6(lat), operator, tech, band, rsrpDbm, time: null, downloadMbps: null, uploadMbps: null, stationId: null });
    }
  }
  return points;
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** Drive-test points as the CSV `check --kind measurements` and `calibrate` read. */
export function driveTestCsv(points: readonly MeasurePoint[]): string {
  const lines = ['lat,lon,operator,tech,band,rsrp_dbm'];
  for (const p of points) lines.push(`${p.lat},${p.lon},${p.operator},${p.tech},${p.band},${p.rsrpDbm}`);
  return `${lines.join('\n')}\n`;
}
