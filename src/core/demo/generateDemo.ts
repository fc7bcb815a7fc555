import type { Commune, Dataset, Station, Tech, Village } from '../model.ts';

export interface GenerateDemoOptions {
  /** Seed of the pseudo-random figures; the same seed gives the same province. */
  seed?: number;
}

const WEST = 105.9;
const NORTH = 21.4;
const COMMUNE_DEG = 0.1;
const OPERATORS = ['Viettel', 'VNPT', 'MobiFone', 'Vietnamobile'];
const NAMES = ['An Bình', 'Đông Phong', 'Hòa Lạc', 'Yên Thế', 'Tân Sơn', 'Phú Mỹ', 'Quảng Hà', 'Thạch Bàn', 'Đức Giang'];
const VILLAGE_NAMES = ['Thôn Đông', 'Thôn Đoài', 'Xóm Thượng', 'Bản Hạ'];

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function box(w: number, s: number, e: number, n: number): Commune['geometry'] {
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

/**
 * A small stand-in demo province: a 3×3 grid of communes (0.1° squares from 105.9E, 21.4N), four square villages
 * in each, a dozen stations (some sharing a tower) and two fibre routes. Coordinates are `[lng, lat]` degrees.
 */
export function generateDemo(options: GenerateDemoOptions = {}): Dataset {
  const random = mulberry32(options.seed ?? 1);
  const communes: Commune[] = [];
  const villages: Village[] = [];
  for (let row = 0; row < 3; row++) {
    for (let col = 0; col < 3; col++) {
      const i = row * 3 + col;
      const w = WEST + col * COMMUNE_DEG;
      const n = NORTH - row * COMMUNE_DEG;
      const code = String(10000 + i * 3).padStart(5, '0');
      communes.push({ code, name: `Xã ${NAMES[i]}`, type: i === 4 ? 'phuong' : 'xa', geometry: box(w, n - COMMUNE_DEG, w + COMMUNE_DEG, n) });
      for (let v = 0; v < 4; v++) {
        const vw = w + (v % 2) * (COMMUNE_DEG / 2);
        const vn = n - Math.floor(v / 2) * (COMMUNE_DEG / 2);
        const population = 300 + Math.round(random() * 1500);
        villages.push({
          id: `${code}-${v + 1}`,
          name: VILLAGE_NAMES[v]!,
          communeCode: code,
          population,
          households: Math.round(population / 3.8),
          fibre: random() < 0.7,
          geometry: box(vw, vn - COMMUNE_DEG / 2, vw + COMMUNE_DEG / 2, vn),
        });
      }
    }
  }

  const stations: Station[] = [];
  const towers: Array<[number, number, number]> = [
    [106.0, 21.35, 3], [105.95, 21.25, 1], [106.15, 21.28, 2], [106.05, 21.15, 4], [106.17, 21.12, 1], [105.93, 21.13, 2],
  ];
  towers.forEach(([lon, lat, count], t) => {
    for (let k = 0; k < count; k++) {
      const techs: Tech[] = k === 0 ? ['2G', '4G', '5G'] : ['4G'];
      if (t === 0 && k === 0) techs.push('6G');
      stations.push({
        id: `S${t + 1}-${k + 1}`,
        operator: OPERATORS[(t + k) % OPERATORS.length]!,
        lon,
        lat,
        techs,
        heightM: 30,
        azimuths: [],
        beamwidthDeg: null,
        band: null,
        towerId: count > 1 ? `T${t + 1}` : null,
        radiusM: { '4G': 4000 + random() * 2000, '5G': 1500, '6G': 600 },
      });
    }
  });

  return {
    province: { code: 'demo', name: 'Tỉnh Minh Họa', nameEn: 'Demo Province', isDemo: true },
    communes,
    villages,
    stations,
    coverage: [],
    fibre: {
      routes: [
        { id: 'F1', operator: 'VNPT', geometry: { type: 'LineString', coordinates: [[105.9, 21.35], [106.0, 21.35], [106.05, 21.15], [106.2, 21.12]] } },
        { id: 'F2', operator: 'Viettel', geometry: { type: 'LineString', coordinates: [[105.95, 21.25], [106.15, 21.28]] } },
      ],
      accessPoints: [{ id: 'A1', operator: 'VNPT', lon: 106.0, lat: 21.35 }],
    },
    populationPoints: [],
  };
}
