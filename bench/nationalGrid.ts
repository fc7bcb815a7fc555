import type { Commune, Village } from '../src/core/model.ts';

/**
 * A national-scale synthetic province: a `cols` x `rows` grid of villages of `cellDeg` degrees whose shared
 * corners are jittered (so neighbours tile without gaps), grouped 5 x 5 into communes (square outlines).
 */
export function createJitteredGrid(
  rand: () => number,
  cols: number,
  rows: number,
  cellDeg: number,
  west = 102.5,
  south = 9,
): { villages: Village[]; communes: Commune[] } {
  const jitter = new Float64Array(2 * (cols + 1) * (rows + 1)).map(() => (rand() - 0.5) * 0.5 * cellDeg);
  const corner = (c: number, r: number): [number, number] => {
    const k = r * (cols + 1) + c;
    const edge = c === 0 || r === 0 || c === cols || r === rows;
    return [west + c * cellDeg + (edge ? 0 : jitter[2 * k]!), south + r * cellDeg + (edge ? 0 : jitter[2 * k + 1]!)];
  };
  const villages: Village[] = [];
  for (let r = 0; r < rows; r++)
    for (let c = 0; c < cols; c++) {
      const ring = [corner(c, r), corner(c + 1, r), corner(c + 1, r + 1), corner(c, r + 1), corner(c, r)];
      villages.push({
        id: `V${r}-${c}`,
        name: `Thôn ${r}-${c}`,
        communeCode: `C${Math.floor(r / 5)}-${Math.floor(c / 5)}`,
        population: 300 + Math.floor(rand() * 3000),
        households: 0,
        fibre: rand() < 0.5,
        geometry: { type: 'Polygon', coordinates: [ring] },
      });
    }
  const communes: Commune[] = [];
  for (let r = 0; r < rows; r += 5)
    for (let c = 0; c < cols; c += 5) {
      const [w, s, e, n] = [west + c * cellDeg, south + r * cellDeg, west + Math.min(cols, c + 5) * cellDeg, south + Math.min(rows, r + 5) * cellDeg];
      communes.push({
        code: `C${r / 5}-${c / 5}`,
        name: `Xã ${r / 5}-${c / 5}`,
        type: 'xa',
        geometry: { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] },
      });
    }
  return { villages, communes };
}
