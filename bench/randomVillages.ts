import type { Polygon, Position } from 'geojson';
import type { Station, Tech } from '../src/core/model.ts';

const M_PER_DEG = 111_195;

/**
 * A star-shaped village of `vertices` points around `[lon, lat]`, mean radius `radiusM` metres, with a hole
 * when `hole` is set (a smaller star inside it).
 */
export function createRandomVillage(rand: () => number, lon: number, lat: number, radiusM: number, vertices = 24, hole = false): Polygon {
  const star = (scale: number): Position[] => {
    const ring: Position[] = [];
    for (let i = 0; i < vertices; i++) {
      const angle = (2 * Math.PI * i) / vertices;
      const r = radiusM * scale * (0.6 + 0.8 * rand());
      ring.push([lon + (r * Math.cos(angle)) / (M_PER_DEG * Math.cos((lat * Math.PI) / 180)), lat + (r * Math.sin(angle)) / M_PER_DEG]);
    }
    ring.push(ring[0]!);
    return ring;
  };
  return { type: 'Polygon', coordinates: hole ? [star(1), star(0.25).reverse()] : [star(1)] };
}

const OPERATORS = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'];

/** `count` stations scattered within `spreadM` metres of `[lon, lat]`, with given radii and some sectors. */
export function createRandomStations(
  rand: () => number,
  lon: number,
  lat: number,
  spreadM: number,
  count: number,
  radii: Partial<Record<Tech, number>>,
  prefix = 's',
): Station[] {
  const out: Station[] = [];
  for (let i = 0; i < count; i++) {
    const sectored = rand() < 0.3;
    const radiusM: Partial<Record<Tech, number>> = {};
    for (const [tech, r] of Object.entries(radii)) radiusM[tech as Tech] = r * (0.6 + 0.8 * rand());
    out.push({
      id: `${prefix}${i}`,
      operator: OPERATORS[Math.floor(rand() * OPERATORS.length)]!,
      lon: lon + ((2 * rand() - 1) * spreadM) / (M_PER_DEG * Math.cos((lat * Math.PI) / 180)),
      lat: lat + ((2 * rand() - 1) * spreadM) / M_PER_DEG,
      techs: Object.keys(radii) as Tech[],
      heightM: null,
      azimuths: sectored ? [rand() * 120, 120 + rand() * 120] : [],
      beamwidthDeg: sectored ? 65 + rand() * 60 : null,
      band: null,
      eirpDbm: {},
      environment: null,
      towerId: null,
      radiusM,
    });
  }
  return out;
}
