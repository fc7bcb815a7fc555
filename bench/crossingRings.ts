import type { Position } from 'geojson';

/** Centre and radius (degrees) of the made-up commune the rings below outline, in Bắc Ninh. */
const [CX, CY, R] = [106.1, 21.2, 0.05];
const at = (angle: number, radius: number): Position => [CX + radius * Math.cos(angle), CY + radius * Math.sin(angle)];

/**
 * A closed ring of `spikes` thin spikes around a circle whose feet are twisted: each spike leaves the circle
 * after the next spike's foot has begun, so every foot makes a small bow tie (one crossing per spike, 3 vertices
 * per spike). What a careless digitiser or a hostile file gives: many crossings, all of them local.
 */
export function createTwistedSpikes(spikes: number): Position[] {
  const ring: Position[] = [];
  const step = (2 * Math.PI) / spikes;
  for (let i = 0; i < spikes; i++) {
    const a = i * step;
    ring.push(at(a + 0.6 * step, R), at(a + 0.5 * step, 2 * R), at(a + 0.4 * step, R));
  }
  ring.push(ring[0]!);
  return ring;
}

/** A circle of `vertices` points where every fourth pair of neighbours trades places: one crossing per pair. */
export function createKinkedRing(vertices: number): Position[] {
  const ring = Array.from({ length: vertices }, (_, i) => at((2 * Math.PI * i) / vertices, R));
  for (let i = 0; i + 1 < vertices; i += 4) [ring[i], ring[i + 1]] = [ring[i + 1]!, ring[i]!];
  ring.push(ring[0]!);
  return ring;
}

/** `vertices` random points of a box joined in random order: about a tenth of all pairs of edges cross. */
export function createRandomRing(vertices: number, seed = 1): Position[] {
  let s = seed;
  const random = () => (s = (s * 16_807) % 2_147_483_647) / 2_147_483_647;
  const ring = Array.from({ length: vertices }, (): Position => [CX - R + 2 * R * random(), CY - R + 2 * R * random()]);
  ring.push(ring[0]!);
  return ring;
}
