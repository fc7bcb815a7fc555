import { describe, expect, it } from 'vitest';
import { DEFAULT_RADIO_MODEL } from '../../src/core/radio/radioModel.ts';
import { createAppStore } from '../../src/store/appStore.ts';

describe('app store', () => {
  it('starts in Vietnamese with the online basemap off, loading', () => {
    const state = createAppStore().getState();
    expect(state.language).toBe('vi');
    expect(state.onlineBasemap).toBe(false);
    expect(state.loading.active).toBe(true);
  });

  it('switches one layer off and on without touching the others', () => {
    const store = createAppStore();
    const before = store.getState().layers;
    store.getState().toggleLayer('villages');
    expect(store.getState().layers).toEqual({ ...before, villages: false });
    store.getState().toggleLayer('villages');
    expect(store.getState().layers).toEqual(before);
  });

  it('keeps the error when loading fails', () => {
    const store = createAppStore();
    store.getState().setProgress(0.5, 'coverage');
    store.getState().failLoading('boom');
    expect(store.getState().loading).toEqual({ active: false, progress: 0.5, stage: 'coverage', detail: null, error: 'boom' });
  });

  it('starts on the radio model\'s defaults and takes a model equal to the one in use as no change', () => {
    const store = createAppStore();
    expect(store.getState().radioModel).toBe(DEFAULT_RADIO_MODEL);
    store.getState().setRadioModel(structuredClone(DEFAULT_RADIO_MODEL));
    expect(store.getState().radioModel).toBe(DEFAULT_RADIO_MODEL);
    const strict = { ...DEFAULT_RADIO_MODEL, thresholdDbm: { ...DEFAULT_RADIO_MODEL.thresholdDbm, '4G': -95 } };
    store.getState().setRadioModel(strict);
    expect(store.getState().radioModel).toBe(strict);
  });
});
