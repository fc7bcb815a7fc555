/**
 * Paints a coverage mask (1 = covered) as RGBA pixels in one colour, transparent elsewhere, ready for an
 * `ImageData`. Does not mutate the mask.
 */
export function coverageImage(mask: Uint8Array, color: readonly [number, number, number], alpha: number): Uint8ClampedArray {
  const rgba = new Uint8ClampedArray(mask.length * 4);
  for (let i = 0; i < mask.length; i++) {
    if (!mask[i]) continue;
    rgba[i * 4] = color[0];
    rgba[i * 4 + 1] = color[1];
    rgba[i * 4 + 2] = color[2];
    rgba[i * 4 + 3] = alpha;
  }
  return rgba;
}
