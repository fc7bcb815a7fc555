import { clear, createStore, delMany, get, set, update, values, type UseStore } from 'idb-keyval';
import type { LayerData } from '../core/import/importLayer.ts';
import type { ImportReport } from '../core/import/importReport.ts';
import type { LayerKind } from '../core/import/layerKind.ts';
import type { PackedLayer } from './packLayer.ts';
import { EMPTY_META, type DataStorage, type StoredMeta } from './storage.ts';

const META = 'meta';

/** A layer as the page kept it in IndexedDB before the worker owned the data (database "phusong", store "layers"). */
export interface LegacyLayer {
  kind: LayerKind;
  file: string;
  savedAt: number;
  counts: Pick<ImportReport, 'rows' | 'imported' | 'warnings' | 'rejected'>;
  layer: PackedLayer | LayerData;
}

/** The worker's storage in IndexedDB (database "phusong-data", one key-value store), through idb-keyval. */
export function idbStorage(): DataStorage & { legacyLayers(): Promise<LegacyLayer[]>; clearLegacy(): Promise<void> } {
  const store: UseStore = createStore('phusong-data', 'kv');
  let legacy: UseStore | null = null;
  const legacyStore = () => (legacy ??= createStore('phusong', 'layers'));
  return {
    readMeta: () => get<StoredMeta>(META, store),
    async updateMeta(change) {
      let stored: StoredMeta = EMPTY_META;
      // idb-keyval's update reads and writes in one readwrite transaction: two tabs cannot interleave here.
      await update<StoredMeta>(META, (current) => (stored = change(current ?? { ...EMPTY_META })), store);
      return stored;
    },
    readBlob: (key) => get<Uint8Array>(key, store),
    writeBlob: (key, bytes) => set(key, bytes, store),
    deleteBlobs: (keys) => delMany([...keys], store),
    legacyLayers: () => values<LegacyLayer>(legacyStore()),
    clearLegacy: () => clear(legacyStore()),
  };
}
