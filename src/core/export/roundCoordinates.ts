import type { Position } from 'geojson';

/** Degrees rounded to 6 decimals (about 0.1 m): RFC 7946's advice, and equal inputs stay equal. */
export function roundDegrees(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

/** Nested coordinate arrays of any depth with every number rounded by `roundDegrees`. Does not mutate its input. */
export function roundCoordinates<T extends Position | Position[] | Position[][] | Position[][][]>(coordinates: T): T {
  return (coordinates as unknown[]).map((c) => (typeof c === 'number' ? roundDegrees(c) : roundCoordinates(c as Position))) as T;
}
