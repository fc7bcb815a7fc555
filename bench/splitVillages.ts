import type { Position } from 'geojson';
import polygonClipping, { type Geom } from 'polygon-clipping';
import { areaPolygons } from '../src/core/geometry/projectArea.ts';
import type { Commune, Station, Tech, Village } from '../src/core/model.ts';

/** Unsigned area in square degrees; an intersection can leave zero-area slivers that are no village. */
function ringArea(ring: Position[]): number {
  let twice = 0;
  for (let i = 1; i < ring.length; i++) twice += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return Math.abs(twice) / 2;
}

/**
 * A stand-in for the demo generator: cuts every commune by a grid of `cellDeg` degrees into villages (a
 * village per non-empty cell), population spread by area. Holes and several parts are kept. The cut is an exact
 * polygon intersection, so every village is a valid polygon as a surveyed boundary would be (a plain ring clipper
 * leaves zero-width bridges, which the importer would have to repair).
 */
export function splitCommunesByGrid(communes: readonly Commune[], cellDeg: number): Village[] {
  const villages: Village[] = [];
  for (const c of communes) {
    const polygons = areaPolygons(c.geometry) as Position[][][];
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const rings of polygons)
      for (const p of rings[0] ?? []) [w, s, e, n] = [Math.min(w, p[0]!), Math.min(s, p[1]!), Math.max(e, p[0]!), Math.max(n, p[1]!)];
    let k = 0;
    const box = (x0: number, y0: number, x1: number, y1: number): Geom => [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]];
    // Strips first, then cells of each strip: each cut sees a few vertices instead of the whole commune.
    for (let y = Math.floor(s / cellDeg) * cellDeg; y < n; y += cellDeg) {
      const strip = polygonClipping.intersection(polygons as Geom, box(w, y, e, y + cellDeg));
      if (strip.length === 0) continue;
      for (let x = Math.floor(w / cellDeg) * cellDeg; x < e; x += cellDeg) {
        const parts = polygonClipping.intersection(strip, box(x, y, x + cellDeg, y + cellDeg)).filter((rings) => ringArea(rings[0]!) > 1e-10) as Position[][][];
        if (parts.length === 0) continue;
        k++;
        villages.push({
          id: `${c.code}-${k}`,
          name: `Thôn ${k}`,
          communeCode: c.code,
          population: 500 + ((k * 7919) % 2500),
          households: 0,
          fibre: k % 3 === 0,
          geometry: parts.length === 1 ? { type: 'Polygon', coordinates: parts[0]! } : { type: 'MultiPolygon', coordinates: parts },
        });
      }
    }
  }
  return villages;
}

const OPERATORS = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'];

/**
 * `count` stations at random points of the box (degrees): every one carries 4G, half 5G, a tenth 6G; a third have
 * random radii, the others 2,000 / 600 / 250 m (the defaults stations without radii had before the radio model, so
 * the radius benchmarks stay comparable); a quarter are sectored; one in five shares a tower with the station before it.
 */
export function placeRandomStations(rand: () => number, box: [number, number, number, number], count: number): Station[] {
  const [w, s, e, n] = box;
  const stations: Station[] = [];
  for (let i = 0; i < count; i++) {
    const prev = stations[i - 1];
    const share = prev !== undefined && rand() < 0.2;
    const techs: Tech[] = ['4G'];
    if (rand() < 0.5) techs.push('5G');
    if (rand() < 0.1) techs.push('6G');
    const sectored = rand() < 0.25;
    const radiusM: Partial<Record<Tech, number>> =
      rand() < 0.33 ? { '4G': 1000 + 2500 * rand(), '5G': 300 + 600 * rand(), '6G': 100 + 300 * rand() } : { '4G': 2000, '5G': 600, '6G': 250 };
    stations.push({
      id: `S${i}`,
      operator: OPERATORS[Math.floor(rand() * 4)]!,
      lon: share ? prev.lon + 0.0001 : w + (e - w) * rand(),
      lat: share ? prev.lat : s + (n - s) * rand(),
      techs,
      heightM: 30,
      azimuths: sectored ? [0, 120, 240].map((a) => a + 30 * rand()) : [],
      beamwidthDeg: sectored ? 65 : null,
      band: null,
      eirpDbm: {},
      environment: null,
      towerId: share ? prev.towerId : `T${i}`,
      radiusM,
    });
  }
  return stations;
}
