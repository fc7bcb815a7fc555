import { describe, expect, it } from 'vitest';
import { coverageImage } from '../../src/worker/coverageImage.ts';

describe('coverageImage', () => {
  it('paints covered pixels in the colour and leaves the others transparent', () => {
    const rgba = coverageImage(new Uint8Array([1, 0, 1]), [10, 20, 30], 99);
    expect([...rgba]).toEqual([10, 20, 30, 99, 0, 0, 0, 0, 10, 20, 30, 99]);
  });
});
