import type { Position } from 'geojson';
import { areaPolygons } from '../src/core/geometry/projectArea.ts';
import type { Commune, Station, Tech, Village } from '../src/core/model.ts';

/** Clips a ring to an axis-aligned box (Sutherland-Hodgman): exact area, possibly with zero-width bridges. */
function clipRing(ring: Position[], w: number, s: number, e: number, n: number): Position[] {
  let pts = ring.slice(0, -1);
  const planes: [(p: Position) => boolean, (a: Position, b: Position) => Position][] = [
    [(p) => p[0]! >= w, (a, b) => [w, a[1]! + ((w - a[0]!) * (b[1]! - a[1]!)) / (b[0]! - a[0]!)]],
    [(p) => p[0]! <= e, (a, b) => [e, a[1]! + ((e - a[0]!) * (b[1]! - a[1]!)) / (b[0]! - a[0]!)]],
    [(p) => p[1]! >= s, (a, b) => [a[0]! + ((s - a[1]!) * (b[0]! - a[0]!)) / (b[1]! - a[1]!), s]],
    [(p) => p[1]! <= n, (a, b) => [a[0]! + ((n - a[1]!) * (b[0]! - a[0]!)) / (b[1]! - a[1]!), n]],
  ];
  for (const [inside, cut] of planes) {
    const out: Position[] = [];
    pts.forEach((b, i) => {
      const a = pts[(i + pts.length - 1) % pts.length]!;
      if (inside(b)) {
        if (!inside(a)) out.push(cut(a, b));
        out.push(b);
      } else if (inside(a)) out.push(cut(a, b));
    });
    pts = out;
    if (pts.length === 0) return [];
  }
  return [...pts, pts[0]!];
}

/** Unsigned area in square degrees; clipping leaves zero-area slivers that are no village. */
function ringArea(ring: Position[]): number {
  let twice = 0;
  for (let i = 1; i < ring.length; i++) twice += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
  return Math.abs(twice) / 2;
}

/**
 * A stand-in for the demo generator: cuts every commune by a grid of `cellDeg` degrees into villages (a
 * village per non-empty cell), population spread by area. Holes and several parts are kept.
 */
export function splitCommunesByGrid(communes: readonly Commune[], cellDeg: number): Village[] {
  const villages: Village[] = [];
  for (const c of communes) {
    const polygons = areaPolygons(c.geometry);
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    for (const rings of polygons)
      for (const p of rings[0] ?? []) [w, s, e, n] = [Math.min(w, p[0]!), Math.min(s, p[1]!), Math.max(e, p[0]!), Math.max(n, p[1]!)];
    let k = 0;
    for (let x = Math.floor(w / cellDeg) * cellDeg; x < e; x += cellDeg)
      for (let y = Math.floor(s / cellDeg) * cellDeg; y < n; y += cellDeg) {
        const parts = polygons
          .map((rings) => rings.map((r) => clipRing(r, x, y, x + cellDeg, y + cellDeg)).filter((r) => ringArea(r) > 1e-10))
          .filter((rings, i) => rings.length > 0 && ringArea(clipRing(polygons[i]![0]!, x, y, x + cellDeg, y + cellDeg)) > 1e-10);
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
  return villages;
}

const OPERATORS = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'];

/**
 * `count` stations at random points of the box (degrees): every one carries 4G, half 5G, a tenth 6G; a third
 * give radii, a quarter are sectored; one in five shares a tower with the station before it.
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
    const radiusM: Partial<Record<Tech, number>> = {};
    if (rand() < 0.33) Object.assign(radiusM, { '4G': 1000 + 2500 * rand(), '5G': 300 + 600 * rand(), '6G': 100 + 300 * rand() });
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
      towerId: share ? prev.towerId : `T${i}`,
      radiusM,
    });
  }
  return stations;
}
