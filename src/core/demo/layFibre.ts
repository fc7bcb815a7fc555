import { interiorPoint } from '../geometry/interiorPoint.ts';
import type { Fibre, FibreAccessPoint, FibreRoute, Village } from '../model.ts';
import { createRandom } from './random.ts';

export interface LayFibreOptions {
  seed: number;
  /** Fixed-broadband operators and the share of fibre villages each reaches; default VNPT 0.85, Viettel 0.75. */
  operators?: readonly { operator: string; reach: number }[];
}

const DEFAULT_OPERATORS = [
  { operator: 'VNPT', reach: 0.85 },
  { operator: 'Viettel', reach: 0.75 },
];

/**
 * Lays fibre consistent with the villages' `fibre` flags: every village with fibre gets an access point of at least
 * one operator at a point inside it, villages without fibre get none. Each operator's routes are straight
 * `[lng, lat]` segments of a minimum spanning tree: one tree over its access points within each commune, and a
 * backbone tree joining the communes' most populous connected villages. Deterministic; does not mutate its input.
 */
export function layFibre(villages: readonly Village[], options: LayFibreOptions): Fibre {
  const random = createRandom(options.seed);
  const operators = options.operators ?? DEFAULT_OPERATORS;
  const served = villages
    .filter((v) => v.fibre)
    .map((v) => {
      const ops = operators.filter((o) => random.chance(o.reach)).map((o) => o.operator);
      return { village: v, at: pointOf(v), operators: ops.length > 0 ? ops : [operators[0]!.operator] };
    });

  const routes: FibreRoute[] = [];
  const accessPoints: FibreAccessPoint[] = [];
  for (const { operator } of operators) {
    const mine = served.filter((s) => s.operators.includes(operator));
    const byCommune = new Map<string, typeof mine>();
    for (const s of mine) byCommune.set(s.village.communeCode, [...(byCommune.get(s.village.communeCode) ?? []), s]);
    const hubs: [number, number][] = [];
    const addRoutes = (points: readonly [number, number][]) => {
      for (const [a, b] of spanningTree(points)) {
        routes.push({
          id: `${operator}-R${String(routes.length + 1).padStart(5, '0')}`,
          operator,
          geometry: { type: 'LineString', coordinates: [points[a]!, points[b]!] },
        });
      }
    };
    for (const group of byCommune.values()) {
      addRoutes(group.map((s) => s.at));
      hubs.push(group.reduce((best, s) => (s.village.population > best.village.population ? s : best)).at);
    }
    addRoutes(hubs);
    for (const s of mine) {
      accessPoints.push({ id: `${operator}-AP${String(accessPoints.length + 1).padStart(5, '0')}`, operator, lon: s.at[0], lat: s.at[1] });
    }
  }
  return { routes, accessPoints };
}

function pointOf(v: Village): [number, number] {
  return v.geometry.type === 'Point' ? (v.geometry.coordinates as [number, number]) : interiorPoint(v.geometry);
}

/** Edges `[i, j]` of the Euclidean minimum spanning tree of `[lng, lat]` points (Prim, O(n²); longitude scaled by cos(lat)). */
function spanningTree(points: readonly [number, number][]): [number, number][] {
  const n = points.length;
  if (n < 2) return [];
  const k = Math.cos((points[0]![1] * Math.PI) / 180) ** 2;
  const d2 = (a: number, b: number) => (points[a]![0] - points[b]![0]) ** 2 * k + (points[a]![1] - points[b]![1]) ** 2;
  const inTree = new Uint8Array(n);
  const best = new Float64Array(n).fill(Infinity);
  const from = new Int32Array(n);
  const edges: [number, number][] = [];
  let current = 0;
  inTree[0] = 1;
  for (let added = 1; added < n; added++) {
    let next = -1;
    for (let j = 0; j < n; j++) {
      if (inTree[j]) continue;
      const d = d2(current, j);
      if (d < best[j]!) [best[j], from[j]] = [d, current];
      if (next === -1 || best[j]! < best[next]!) next = j;
    }
    inTree[next] = 1;
    edges.push([from[next]!, next]);
    current = next;
  }
  return edges;
}
