import type { Station } from '../../core/model.ts';
import type { StationEdit } from '../../core/whatif/stationEdit.ts';
import type { WhatIfAnswer } from '../../worker/api.ts';
import type { AppStats } from '../../worker/runStats.ts';
import { download } from '../import/download.ts';
import { applyPlanInWorker, editInWorker, scenarioCsvInWorker, undoRedoInWorker } from '../loadData.ts';
import { whatIfStore, type StationForm } from './whatIfState.ts';

type StatsListener = (stats: AppStats) => void;
let listener: StatsListener | null = null;

/** The page's figures and site tiles follow each edit's answer: `useStats` listens here. */
export function onEditedStats(callback: StatsListener | null): void {
  listener = callback;
}

function show(answer: WhatIfAnswer): void {
  const state = whatIfStore.getState();
  state.setScenario(answer.scenario);
  state.setError(null);
  state.setSitesVersion(answer.sitesVersion);
  listener?.(answer.stats);
}

async function run(ask: () => Promise<WhatIfAnswer | { error: string } | null>): Promise<void> {
  const state = whatIfStore.getState();
  state.setBusy(true);
  try {
    const answer = await ask();
    if (answer && 'error' in answer) state.setError(answer.error);
    else if (answer) show(answer);
  } catch (error) {
    state.setError(error instanceof Error ? error.message : String(error));
  } finally {
    state.setBusy(false);
  }
}

export const editStation = (edit: StationEdit) => run(() => editInWorker(edit));
export const undoEdit = () => run(() => undoRedoInWorker('undo'));
export const redoEdit = () => run(() => undoRedoInWorker('redo'));
export const applyPlan = () => run(() => applyPlanInWorker());

let made = 0;
/** A station code no imported file uses: the what-if prefix, the time and a count. */
const newStationId = () => `WI-${Date.now().toString(36)}-${++made}`;

/** The station the form describes, at `lon`, `lat`. */
export function formStation(form: StationForm, lon: number, lat: number): Station {
  const azimuths = form.azimuths.split(/[;, ]+/).filter(Boolean).map(Number).filter((a) => Number.isFinite(a) && a >= 0 && a < 360);
  return {
    id: newStationId(), operator: form.operator.trim(), lon, lat, techs: [...form.techs], heightM: form.heightM,
    azimuths, beamwidthDeg: azimuths.length ? 65 : null, band: null, eirpDbm: {}, environment: null, towerId: null,
    radiusM: form.radiusM ? Object.fromEntries(form.techs.map((t) => [t, form.radiusM])) : {},
  };
}

/** Saves the stations as edited: the import format, to open again or hand to an operator. */
export async function exportScenario(fileName = 'phusong-phuong-an-tram.csv'): Promise<void> {
  download(await scenarioCsvInWorker(), fileName, 'text/csv;charset=utf-8');
}
