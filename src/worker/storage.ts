import type { LayerInfo } from '../core/dataset/layerInfo.ts';
import type { Province } from '../core/model.ts';

/** A layer of the saved province: what it is, and the key its packed bytes are kept under. */
export interface StoredLayer extends LayerInfo {
  key: string;
}

/** What is kept between visits: which data set is shown, and the user's province (its layers and estimate). */
export interface StoredMeta {
  /** Bumped by every write, so a tab can tell that another one changed the data. */
  version: number;
  active: 'demo' | 'province';
  layers: StoredLayer[];
  /** The province its communes name (null before communes are imported), so the demo can offer it by name. */
  province: Province | null;
  /** The kept village estimate: the layers it was computed from and the key of its bytes. */
  estimate: { villagesId: string; communesId: string; key: string } | null;
}

export const EMPTY_META: StoredMeta = { version: 0, active: 'demo', layers: [], province: null, estimate: null };

/**
 * Where the worker keeps the user's province: IndexedDB in the app (`idbStorage`), a Map in tests
 * (`memoryStorage`). Layers are written under keys of their own before the one `meta` record that lists them is
 * updated in a single transaction, so two tabs writing at once both keep their layers.
 */
export interface DataStorage {
  readMeta(): Promise<StoredMeta | undefined>;
  /** Applies `change` to the latest stored meta in one transaction and returns what was stored. */
  updateMeta(change: (current: StoredMeta) => StoredMeta): Promise<StoredMeta>;
  readBlob(key: string): Promise<Uint8Array | undefined>;
  writeBlob(key: string, bytes: Uint8Array): Promise<void>;
  deleteBlobs(keys: readonly string[]): Promise<void>;
}

/** A storage in memory: for tests, and shared by two workspaces to stand for two tabs of one browser. */
export function memoryStorage(): DataStorage & { blobs: Map<string, Uint8Array> } {
  let meta: StoredMeta | undefined;
  const blobs = new Map<string, Uint8Array>();
  return {
    blobs,
    readMeta: async () => meta && structuredClone(meta),
    updateMeta: async (change) => {
      meta = change(meta ? structuredClone(meta) : { ...EMPTY_META });
      return structuredClone(meta);
    },
    readBlob: async (key) => blobs.get(key),
    writeBlob: async (key, bytes) => void blobs.set(key, bytes.slice()),
    deleteBlobs: async (keys) => {
      for (const k of keys) blobs.delete(k);
    },
  };
}

/** Whether an error from a storage write says the browser's quota for the site is used up. */
export function isQuotaError(error: unknown): boolean {
  const name = (error as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || (error instanceof Error && /quota/i.test(error.message));
}
