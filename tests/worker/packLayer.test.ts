import { describe, expect, it } from 'vitest';
import { generateDemo } from '../../src/core/demo/generateDemo.ts';
import type { LayerData } from '../../src/core/import/importLayer.ts';
import { packLayer, unpackLayer } from '../../src/worker/packLayer.ts';

const createStationLayer = (): LayerData => ({ kind: 'stations', stations: generateDemo({ seed: 5 }).stations.slice(0, 50) });

describe('packLayer (an imported layer as one buffer across the worker boundary)', () => {
  it('gives back the same layer, Vietnamese names included', () => {
    const villages: LayerData = {
      kind: 'villages',
      villages: generateDemo({ seed: 5 }).villages.slice(0, 3).map((v, i) => ({ ...v, name: ['Thôn Đông', 'Bản Nà Lẹng', 'Tổ dân phố 3'][i]! })),
    };
    expect(unpackLayer(packLayer(villages))).toEqual(villages);
    expect(unpackLayer(packLayer(createStationLayer()))).toEqual(createStationLayer());
  });

  it('holds the rows in one buffer of its own, so the worker can transfer it', () => {
    const packed = packLayer(createStationLayer());
    expect(packed.kind).toBe('stations');
    expect(packed.bytes.byteOffset).toBe(0);
    expect(packed.bytes.byteLength).toBe(packed.bytes.buffer.byteLength);
  });

  it('reads a layer saved unpacked by an earlier version as it is', () => {
    const layer = createStationLayer();
    expect(unpackLayer(layer)).toBe(layer);
  });
});
