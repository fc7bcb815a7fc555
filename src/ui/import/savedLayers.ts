import { clear, createStore, del, set, values } from 'idb-keyval';
import type { LayerData } from '../../core/import/importLayer.ts';
import type { ImportReport } from '../../core/import/importReport.ts';
import type { LayerKind } from '../../core/import/layerKind.ts';
import type { PackedLayer } from '../../worker/packLayer.ts';

/** An imported layer as kept in IndexedDB: one per kind, so a new import of a kind replaces the last one. */
export interface SavedLayer {
  kind: LayerKind;
  file: string;
  savedAt: number;
  counts: Pick<ImportReport, 'rows' | 'imported' | 'warnings' | 'rejected'>;
  /** Packed as the worker sent it; a plain `LayerData` where it was saved before layers were packed. */
  layer: PackedLayer | LayerData;
}

const store = createStore('phusong', 'layers');

/** The saved layers in the order of the kinds' keys. */
export function listSavedLayers(): Promise<SavedLayer[]> {
  return values<SavedLayer>(store);
}

export function saveLayer(layer: SavedLayer): Promise<void> {
  return set(layer.kind, layer, store);
}

export function removeLayer(kind: LayerKind): Promise<void> {
  return del(kind, store);
}

/** Back to the demo data: forgets every imported layer. */
export function clearLayers(): Promise<void> {
  return clear(store);
}
