import type { Position } from 'geojson';

/** Twice the signed area of a ring in its own planar units; positive when counter-clockwise. */
export function signedArea2(ring: readonly Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return sum;
}

/** Whether a closed ring is convex (collinear vertices allowed), in planar `[lng, lat]`. */
export function isConvexRing(ring: readonly Position[]): boolean {
  const n = ring.length - 1;
  if (n < 3) return false;
  let sign = 0;
  for (let i = 0; i < n; i++) {
    const a = ring[i]!;
    const b = ring[(i + 1) % n]!;
    const c = ring[(i + 2) % n]!;
    const cross = (b[0]! - a[0]!) * (c[1]! - b[1]!) - (b[1]! - a[1]!) * (c[0]! - b[0]!);
    if (cross === 0) continue;
    if (sign === 0) sign = Math.sign(cross);
    else if (Math.sign(cross) !== sign) return false;
  }
  return sign !== 0;
}

/**
 * Sutherland-Hodgman: the part of a closed ring inside a convex, counter-clockwise closed ring, as a closed ring
 * (empty when nothing is left). Planar in `[lng, lat]` degrees, which is exact for straight edges in that plane.
 * The answer is a proper polygon when `subject` is convex too; a concave subject may come back with zero-width
 * bridges, so callers use this only for convex pairs. Does not mutate its inputs.
 */
export function clipToConvex(subject: readonly Position[], clip: readonly Position[]): Position[] {
  let output: Position[] = subject.slice(0, -1);
  for (let i = 0; i < clip.length - 1 && output.length > 0; i++) {
    const a = clip[i]!;
    const b = clip[i + 1]!;
    const ex = b[0]! - a[0]!;
    const ey = b[1]! - a[1]!;
    const side = (p: Position) => ex * (p[1]! - a[1]!) - ey * (p[0]! - a[0]!);
    const input = output;
    output = [];
    for (let j = 0; j < input.length; j++) {
      const p = input[j]!;
      const q = input[(j + 1) % input.length]!;
      const sp = side(p);
      const sq = side(q);
      if (sp >= 0) output.push(p);
      if ((sp >= 0) !== (sq >= 0)) {
        const t = sp / (sp - sq);
        output.push([p[0]! + t * (q[0]! - p[0]!), p[1]! + t * (q[1]! - p[1]!)]);
      }
    }
  }
  if (output.length < 3) return [];
  return [...output, output[0]!];
}
