import type { LayerData } from '../core/import/importLayer.ts';
import type { LayerKind } from '../core/import/layerKind.ts';

/**
 * An imported layer as it crosses the worker boundary and sits in IndexedDB: its JSON as UTF-8 bytes in one
 * buffer. The page only moves and stores the buffer; cloning 200,000 station objects instead blocked its main
 * thread for over 300 ms when the import's result arrived, and again when it was saved and loaded.
 */
export interface PackedLayer {
  kind: LayerKind;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Packs a layer into one buffer (to transfer, not copy). Does not mutate `layer`. */
export function packLayer(layer: LayerData): PackedLayer {
  return { kind: layer.kind, bytes: new TextEncoder().encode(JSON.stringify(layer)) };
}

/** The layer again; a plain `LayerData` (as saved before layers were packed) is returned as it is. */
export function unpackLayer(layer: PackedLayer | LayerData): LayerData {
  return 'bytes' in layer ? (JSON.parse(new TextDecoder().decode(layer.bytes)) as LayerData) : layer;
}
