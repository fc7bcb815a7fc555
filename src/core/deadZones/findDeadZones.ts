import type { MultiPolygon, Position } from 'geojson';
import { rasterizeCoverage } from '../coverage/rasterizeCoverage.ts';
import type { ShapeProvider } from '../coverage/shapeProvider.ts';
import { areaBBox } from '../geometry/projectArea.ts';
import type { Area, Dataset } from '../model.ts';
import { DEFAULT_RADIO_MODEL } from '../radio/radioModel.ts';
import { createRadioShapeProvider } from '../radio/radioShapeProvider.ts';
import { AreaLocator } from '../stats/areaLocator.ts';
import { createCellGrid, type CellGrid } from './cellGrid.ts';
import { labelComponents } from './labelComponents.ts';
import { ringArea2, ringContains, traceCells, type GridRing } from './traceCells.ts';

/** Default cell side, metres: fine enough for a hamlet, coarse enough for a province in a second. */
export const DEAD_ZONE_CELL_M = 150;

export interface DeadZone {
  id: string;
  /** The zone's cells outlined, `[lng, lat]` degrees. */
  geometry: MultiPolygon;
  /** `[west, south, east, north]`, degrees. */
  bbox: [number, number, number, number];
  areaKm2: number;
  /** People living in the zone: each village's population spread evenly over its cells. */
  people: number;
  /** Ids of the villages the zone touches, most people in the zone first. */
  villageIds: string[];
  /** Codes of the communes of those villages, in the same order of first appearance. */
  communeCodes: string[];
}

export interface DeadZoneOptions {
  /** Only this operator's 4G counts as coverage; default: any operator's. */
  operator?: string;
  /** Cell side in metres (cells grow when the province would need more than 4 million). Default 150. */
  cellM?: number;
  /** How a station's coverage is shaped; default: the radio model with its defaults, as `computeStats`. */
  provider?: ShapeProvider;
}

export interface DeadZoneResult {
  /** Largest first by people, ties by area. */
  zones: DeadZone[];
  /** The side of the cells used, metres (of a middle row; cells are about square). */
  cellM: number;
}

/**
 * Dead zones: connected areas inside villages with people where no 4G reaches (from any operator, or from
 * `options.operator`). The villages' box is cut into cells of about `cellM` metres; a cell is dead when its
 * centre lies in a populated village (boundary, not point) and is not covered; dead cells sharing a side form
 * one zone. A village's people are spread over its cells by area, so a village wholly in a zone puts all its
 * people there. Does not mutate `dataset`.
 */
export function findDeadZones(dataset: Dataset, options: DeadZoneOptions = {}): DeadZoneResult {
  const cellM = options.cellM ?? DEAD_ZONE_CELL_M;
  const villages = dataset.villages.map((v) => (v.population > 0 && v.geometry.type !== 'Point' ? v.geometry : null));
  const box = unionBBox(villages);
  if (!box) return { zones: [], cellM };
  const grid = createCellGrid(box, cellM);
  const { width, height } = grid;
  const provider = options.provider ?? createRadioShapeProvider(DEFAULT_RADIO_MODEL, dataset.communes);
  const covered = rasterizeCoverage(dataset.stations, dataset.coverage, '4G', grid, provider, options.operator);

  const locator = new AreaLocator(villages);
  const villageOf = new Int32Array(width * height).fill(-1);
  const villageKm2 = new Float64Array(villages.length);
  const dead = new Uint8Array(width * height);
  for (let r = 0; r < height; r++) {
    const lat = grid.rowMidLat[r]!;
    for (let c = 0; c < width; c++) {
      const v = locator.locate(grid.lonAt(c + 0.5), lat);
      if (v === -1) continue;
      const cell = r * width + c;
      villageOf[cell] = v;
      villageKm2[v]! += grid.rowCellKm2[r]!;
      if (!covered[cell]) dead[cell] = 1;
    }
  }

  const { labels, count } = labelComponents(dead, width, height);
  const cellsOf: number[][] = Array.from({ length: count }, () => []);
  for (let cell = 0; cell < labels.length; cell++) if (labels[cell] !== -1) cellsOf[labels[cell]!]!.push(cell);

  const zones = cellsOf.map((cells, label) => {
    let areaKm2 = 0;
    let people = 0;
    const byVillage = new Map<number, number>();
    for (const cell of cells) {
      const km2 = grid.rowCellKm2[Math.floor(cell / width)]!;
      const v = villageOf[cell]!;
      const share = (dataset.villages[v]!.population * km2) / villageKm2[v]!;
      areaKm2 += km2;
      people += share;
      byVillage.set(v, (byVillage.get(v) ?? 0) + share);
    }
    const order = [...byVillage].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([v]) => dataset.villages[v]!);
    const geometry = toMultiPolygon(traceCells(labels, width, height, label, cells), grid);
    return {
      id: '',
      geometry,
      bbox: ringsBBox(geometry),
      areaKm2,
      people,
      villageIds: order.map((v) => v.id),
      communeCodes: [...new Set(order.map((v) => v.communeCode))],
    };
  });
  zones.sort((a, b) => b.people - a.people || b.areaKm2 - a.areaKm2);
  zones.forEach((z, i) => (z.id = `dz${i + 1}`));
  return { zones, cellM: Math.sqrt(grid.rowCellKm2[height >> 1]! * 1e6) };
}

function unionBBox(areas: readonly (Area | null)[]): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  for (const a of areas) {
    if (!a) continue;
    const [w, s, e, n] = areaBBox(a);
    box = box ? [Math.min(box[0], w), Math.min(box[1], s), Math.max(box[2], e), Math.max(box[3], n)] : [w, s, e, n];
  }
  return box;
}

/** Outer rings become polygons; each hole goes to the outer ring around the zone cell on its left. */
function toMultiPolygon(rings: GridRing[], grid: CellGrid): MultiPolygon {
  const outers = rings.filter((r) => ringArea2(r) > 0);
  const polygons: GridRing[][] = outers.map((r) => [r]);
  for (const hole of rings.filter((r) => ringArea2(r) < 0)) {
    // The hole's first edge has a zone cell on its left (north up); its centre is strictly inside one outer ring.
    const [i0, j0, i1, j1] = [hole[0]!, hole[1]!, hole[2]!, hole[3]!];
    const di = Math.sign(i1 - i0);
    const dj = Math.sign(j1 - j0);
    // Midpoint of the edge's first unit step, moved half a cell to its left, (dj, -di) with rows running down.
    const x = i0 + (di + dj) / 2;
    const y = j0 + (dj - di) / 2;
    const owner = outers.findIndex((o) => ringContains(o, x, y));
    polygons[owner === -1 ? 0 : owner]!.push(hole);
  }
  const toPosition = (i: number, j: number): Position => [grid.lonAt(i), grid.rowLat[j]!];
  return {
    type: 'MultiPolygon',
    coordinates: polygons.map((poly) =>
      poly.map((ring) => {
        const out: Position[] = [];
        for (let k = 0; k < ring.length; k += 2) out.push(toPosition(ring[k]!, ring[k + 1]!));
        out.push(out[0]!);
        return out;
      }),
    ),
  };
}

function ringsBBox(geometry: MultiPolygon): [number, number, number, number] {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const poly of geometry.coordinates) {
    for (const [lon, lat] of poly[0]!) {
      w = Math.min(w, lon!);
      e = Math.max(e, lon!);
      s = Math.min(s, lat!);
      n = Math.max(n, lat!);
    }
  }
  return [w, s, e, n];
}
