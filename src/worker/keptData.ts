import { EMPTY_META, isQuotaError, type DataStorage, type StoredMeta } from './storage.ts';

/** Where the user's data lives: see `DatasetInfo.storage`. */
export type KeptMode = 'saved' | 'unavailable' | 'session';

/**
 * The `meta` record of what is kept (which data set is shown, the province's layers and estimate) and every
 * change to it: in the browser's storage when it has one, else in this tab. Changes to the stored record apply to
 * its latest version in one transaction, so a layer another tab added meanwhile stays.
 */
export class KeptData {
  meta: StoredMeta = { ...EMPTY_META };
  mode: KeptMode;
  /** A save ran out of the browser's storage: changes since live in this tab only. */
  quotaExceeded = false;

  constructor(
    private storage: DataStorage | null,
    private readonly notify?: (version: number) => void,
  ) {
    this.mode = storage ? 'saved' : 'unavailable';
  }

  /** Reads the kept record; when the storage cannot be read, goes on in this tab ('unavailable'). */
  async open(): Promise<void> {
    if (!this.storage) return;
    try {
      this.meta = (await this.storage.readMeta()) ?? { ...EMPTY_META };
    } catch {
      this.storage = null;
      this.mode = 'unavailable';
    }
  }

  /** From now on, changes stay in this tab (a package opened from a link must not replace the kept province). */
  keepInTab(): void {
    if (this.mode === 'saved') this.mode = 'session';
  }

  /** The bytes kept under `key`, or undefined (none, or unreadable). */
  async readBlob(key: string): Promise<Uint8Array | undefined> {
    return this.storage && this.mode === 'saved' ? this.storage.readBlob(key).catch(() => undefined) : undefined;
  }

  /**
   * Applies a change: in storage, the new bytes first, then `meta` in one transaction applying `change` to the
   * latest stored record, then the bytes it no longer lists; other tabs are told. Without storage, or when it ran
   * out of space, in this tab only. An estimate whose layers are gone is dropped.
   */
  async change(change: (m: StoredMeta) => StoredMeta, blobs: [string, Uint8Array][] = []): Promise<void> {
    const apply = (m: StoredMeta): StoredMeta => {
      const next = change(m);
      const ids = new Set(next.layers.map((l) => l.id));
      const estimate = next.estimate && ids.has(next.estimate.villagesId) && ids.has(next.estimate.communesId) ? next.estimate : null;
      return { ...next, estimate, version: m.version + 1 };
    };
    if (this.mode === 'saved' && this.storage) {
      try {
        for (const [key, bytes] of blobs) await this.storage.writeBlob(key, bytes);
        let before: StoredMeta = EMPTY_META;
        const after = await this.storage.updateMeta((m) => apply((before = m)));
        const kept = new Set(keysOf(after));
        await this.storage.deleteBlobs(keysOf(before).filter((k) => !kept.has(k))).catch(() => undefined);
        this.meta = after;
        this.notify?.(after.version);
        return;
      } catch (error) {
        if (!isQuotaError(error)) throw error;
        // Out of space: this tab goes on with its data in memory and says so; the kept data stays as it was.
        this.quotaExceeded = true;
        this.mode = 'session';
        await this.storage.deleteBlobs(blobs.map(([key]) => key)).catch(() => undefined);
      }
    }
    this.meta = apply(this.meta);
  }

  /** Reads the stored record again (another tab changed it); true when it differs from this tab's. */
  async sync(): Promise<boolean> {
    if (this.mode !== 'saved' || !this.storage) return false;
    const meta = (await this.storage.readMeta()) ?? { ...EMPTY_META };
    if (meta.version === this.meta.version) return false;
    this.meta = meta;
    return true;
  }
}

function keysOf(meta: StoredMeta): string[] {
  return [...meta.layers.map((l) => l.key), ...(meta.estimate ? [meta.estimate.key] : [])];
}
