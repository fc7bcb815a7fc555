import { createRandom } from '../src/core/demo/random.ts';
import { signedArea2 } from '../src/core/geometry/clipToConvex.ts';
import { randomPointIn } from '../src/core/geometry/randomPointIn.ts';
import type { Commune, Village } from '../src/core/model.ts';

/** `count` village points spread over the communes by area (rings turned as imported: holes count less), uniformly inside each; seeded. */
export function createVillagePoints(communes: readonly Commune[], count: number, seed = 2025): Village[] {
  const random = createRandom(seed);
  const areas = communes.map((c) => (c.geometry.type === 'Polygon' ? [c.geometry.coordinates] : c.geometry.coordinates).flat().reduce((s, ring) => s + signedArea2(ring), 0));
  const total = areas.reduce((a, b) => a + b, 0);
  return communes.flatMap((c, k) =>
    Array.from({ length: Math.max(1, Math.round((count * areas[k]!) / total)) }, (_, i): Village => ({
      id: `${c.code}-${i + 1}`,
      name: `Thôn ${i + 1}`,
      communeCode: c.code,
      population: 400 + ((i * 7919) % 2600),
      households: 0,
      fibre: i % 3 === 0,
      geometry: { type: 'Point', coordinates: randomPointIn(c.geometry, random) },
    })),
  );
}
