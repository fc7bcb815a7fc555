import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { foldVietnamese } from '../../core/search/foldVietnamese.ts';
import { appStore } from '../../store/appStore.ts';
import { download } from '../import/download.ts';
import {
  exportPackageInWorker, infoInWorker, newProvinceInWorker, openPackageInWorker, removeLayerInWorker, showInWorker,
} from '../loadData.ts';
import type { LayerKind } from '../../core/import/layerKind.ts';
import { applyOpened, currentSettings, forgetProvinceView, restoreView, viewKeyOf } from './viewSettings.ts';

/** A package file waiting for the user to confirm it may replace the province kept in this browser. */
interface PendingPackage {
  bytes: Uint8Array<ArrayBuffer>;
  fileName: string;
}

/** Kept apart from the app store: the bytes of a package do not belong there. */
export const pendingPackageStore = createStore<{ pending: PendingPackage | null }>()(() => ({ pending: null }));

export function usePendingPackage(): PendingPackage | null {
  return useStore(pendingPackageStore, (s) => s.pending);
}

/** Layers a package would replace: those of the province shown, or of the one kept while the demo is shown. */
export function replacedLayers(): number {
  const info = appStore.getState().dataset;
  if (!info) return 0;
  return info.source === 'province' ? info.layers.length : (info.savedProvince?.layers ?? 0);
}

/** Opens a package the user dropped or picked: at once, or after a confirmation when it would replace layers. */
export function openPackageFile(bytes: Uint8Array, fileName: string): void {
  const own = new Uint8Array(bytes);
  if (replacedLayers() > 0) pendingPackageStore.setState({ pending: { bytes: own, fileName } });
  else void openPackageNow(own, fileName);
}

/** Opens a package in place of the province; says why when it cannot. */
export async function openPackageNow(bytes: Uint8Array<ArrayBuffer>, fileName: string): Promise<void> {
  pendingPackageStore.setState({ pending: null });
  const store = appStore.getState();
  const result = await openPackageInWorker(bytes, fileName);
  if ('error' in result) {
    store.setNotice(result.error);
    return;
  }
  const info = await infoInWorker();
  store.setDataset(info);
  applyOpened(result, viewKeyOf(info));
  store.reloadData();
}

/** Saves the province shown as one package file. */
export async function exportPackage(): Promise<void> {
  const { dataset, manualValues } = appStore.getState();
  const bytes = await exportPackageInWorker(currentSettings(), manualValues);
  const name = foldVietnamese(dataset?.province.name ?? 'tinh').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  download(bytes, `phusong-${name || 'tinh'}.zip`, 'application/zip');
}

/** Changes whose data is shown (or removes a layer), then loads it. */
export async function changeDataset(action: 'newProvince' | 'demo' | 'province' | { remove: LayerKind }): Promise<void> {
  const store = appStore.getState();
  const info = action === 'newProvince' ? await newProvinceInWorker()
    : action === 'demo' || action === 'province' ? await showInWorker(action)
    : await removeLayerInWorker(action.remove);
  store.setDataset(info);
  if (action === 'newProvince') {
    forgetProvinceView();
    restoreView(viewKeyOf(info));
  }
  store.reloadData();
}
