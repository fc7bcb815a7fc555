import type { FeatureCollection, Point } from 'geojson';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import type { MeasuredTech } from '../../core/model.ts';
import type { PlanView, ScenarioView } from '../../worker/api.ts';

/** The station the add form describes: what a click on the map (or a co-location from a site's popup) puts there. */
export interface StationForm {
  operator: string;
  techs: MeasuredTech[];
  heightM: number | null;
  /** Radius of each technology, metres; null: the radio model shapes it. */
  radiusM: number | null;
  /** Sector azimuths as typed ("0;120;240"); empty for omnidirectional. */
  azimuths: string;
}

/** What a click on the map does: select a village or site, or place the station of the form there. */
export type ClickMode = 'select' | 'add';

export interface PlanMarkProps {
  rank: number;
  action: string;
}

export interface WhatIfState {
  /** The scenario of the data set shown; null before its first edit. */
  scenario: ScenarioView | null;
  form: StationForm;
  clickMode: ClickMode;
  /** The last edit's refusal, shown until the next edit. */
  error: string | null;
  /** An edit is on its way to the worker: the buttons wait for it. */
  busy: boolean;
  /** The optimiser's last answer, drawn on the map while kept; null before it runs. */
  plan: PlanView | null;
  planProgress: number | null;
  /** Operators of the stations shown, for the forms' choices. */
  operators: string[];
  setOperators(operators: string[]): void;
  /** The site tiles' version after the last edit (the map asks for its tiles); null before any. */
  sitesVersion: number | null;
  setSitesVersion(version: number): void;
  setScenario(scenario: ScenarioView | null): void;
  setForm(form: Partial<StationForm>): void;
  setClickMode(mode: ClickMode): void;
  setError(error: string | null): void;
  setBusy(busy: boolean): void;
  setPlan(plan: PlanView | null): void;
  setPlanProgress(progress: number | null): void;
}

/** Kept apart from the app store: the what-if and siting panels, the site popup's buttons and the map's marks use it. */
export const whatIfStore = createStore<WhatIfState>()((set) => ({
  scenario: null,
  form: { operator: 'VNPT', techs: ['4G'], heightM: 30, radiusM: null, azimuths: '' },
  clickMode: 'select',
  error: null,
  busy: false,
  plan: null,
  planProgress: null,
  sitesVersion: null,
  operators: [],
  setOperators: (operators) => set({ operators }),
  setSitesVersion: (sitesVersion) => set({ sitesVersion }),
  setScenario: (scenario) => set({ scenario }),
  setForm: (form) => set((s) => ({ form: { ...s.form, ...form } })),
  setClickMode: (clickMode) => set({ clickMode }),
  setError: (error) => set({ error }),
  setBusy: (busy) => set({ busy }),
  setPlan: (plan) => set({ plan }),
  setPlanProgress: (planProgress) => set({ planProgress }),
}));

export function useWhatIf<T>(selector: (state: WhatIfState) => T): T {
  return useStore(whatIfStore, selector);
}

/** The plan's proposed stations as points, numbered by rank. */
export function planMarks(plan: PlanView | null): FeatureCollection<Point, PlanMarkProps> {
  return {
    type: 'FeatureCollection',
    features: (plan?.actions ?? []).map((a, id) => ({
      type: 'Feature', id, geometry: { type: 'Point', coordinates: [a.lon, a.lat] }, properties: { rank: a.rank, action: a.action },
    })),
  };
}
