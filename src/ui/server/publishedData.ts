import { appStore } from '../../store/appStore.ts';
import { closePublishedInWorker, showPublishedInWorker } from '../loadData.ts';
import type { ServerClient } from './client.ts';

/**
 * Shows the server's published data as of `asOf` (ISO; now when null) as the data set on the map, read by the
 * worker with the user's rights; a refusal is told as a notice and leaves the data set shown.
 */
export async function showPublished(client: ServerClient, asOf: string | null): Promise<void> {
  const store = appStore.getState();
  try {
    const info = await showPublishedInWorker({ base: client.base || window.location.origin, token: client.token, asOf });
    store.setDataset(info);
    store.reloadData();
  } catch (e) {
    store.setNotice(e instanceof Error ? e.message : String(e));
  }
}

/** Stops showing the server's data (signing out): the demo or the user's province comes back. */
export async function closePublished(): Promise<void> {
  const store = appStore.getState();
  if (store.dataset?.source !== 'server') return;
  store.setDataset(await closePublishedInWorker());
  store.reloadData();
}
