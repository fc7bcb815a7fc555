import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { DeadZone } from '../../core/deadZones/findDeadZones.ts';

export interface DeadZoneMapState {
  /** The zones the map draws; null hides the layer (the dead-zone tab is closed). */
  zones: DeadZone[] | null;
  /** The zone to frame; a new object each click so clicking the same zone again flies again. */
  focus: { bbox: [number, number, number, number] } | null;
  show(zones: DeadZone[] | null): void;
  flyTo(zone: DeadZone): void;
}

/** Kept apart from the app store: only the dead-zone tab and the map's dead-zone layer use it. */
export const deadZoneMapStore = createStore<DeadZoneMapState>()((set) => ({
  zones: null,
  focus: null,
  show: (zones) => set({ zones }),
  flyTo: (zone) => set({ focus: { bbox: zone.bbox } }),
}));

export function useDeadZoneMap<T>(selector: (state: DeadZoneMapState) => T): T {
  return useStore(deadZoneMapStore, selector);
}
