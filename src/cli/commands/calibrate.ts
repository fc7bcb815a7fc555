import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { escapeFormula } from '../../core/export/escapeFormula.ts';
import { calibrate, MIN_POINTS_PER_GROUP, type CalibrationGroup } from '../../core/measure/calibrate.ts';
import { agreementColumns, compareMeasured, type MeasuredComparison } from '../../core/measure/compareMeasured.ts';
import { radioModelToFile } from '../../core/radio/describeModel.ts';
import { checkOutDir } from '../checkWritable.ts';
import type { Command } from '../command.ts';
import { LIMIT_USAGE, readLimitFlags } from '../limitFlags.ts';
import { inputLine } from '../describeInputs.ts';
import { loadDataset } from '../loadDataset.ts';
import { loadMeasures } from '../loadMeasures.ts';
import { parseFlags } from '../parseFlags.ts';
import { readRadioFlag } from '../radioModelFlag.ts';

export const calibrateCommand: Command = {
  name: 'calibrate',
  usage:
    'calibrate --communes F --stations F --measurements F [--villages F] [--radio MODEL.json] [--min-points 30] --out DIR\n' +
    `      ${LIMIT_USAGE}\n` +
    '      fits the radio model\'s offset_db per operator and band to drive-test RSRP (the mean of measured minus predicted,\n' +
    '      predicted from the strongest station of that operator and band): DIR/radio.json (the model with the offsets,\n' +
    '      for stats --radio) and DIR/calibration.json, and prints a table',
  async run(argv) {
    const parsed = parseFlags(argv);
    if ('error' in parsed) return fail(parsed.error);
    const f = parsed.flags;
    const need = ['communes', 'stations', 'measurements', 'out'].filter((k) => !f.has(k));
    if (need.length > 0) return fail(`Missing ${need.map((k) => `--${k}`).join(', ')}.`);
    const minPoints = Number(f.get('min-points') ?? MIN_POINTS_PER_GROUP);
    if (!(Number.isInteger(minPoints) && minPoints >= 1)) return fail(`Expected --min-points to be a whole number of 1 or more, got "${f.get('min-points')}".`);
    const limits = readLimitFlags((flag) => f.get(flag.slice(2)));
    if ('error' in limits) return fail(limits.error);
    const out = f.get('out')!;
    const unwritable = await checkOutDir(out);
    if (unwritable) {
      console.error(unwritable);
      return 1;
    }
    const radio = await readRadioFlag(f);
    if ('error' in radio) {
      console.error(radio.error);
      return 2;
    }
    const villagesPath = f.get('villages');
    const loaded = await loadDataset(
      { communes: f.get('communes')!, stations: f.get('stations')!, ...(villagesPath !== undefined ? { villages: villagesPath } : {}) },
      limits.limits,
    );
    if ('error' in loaded) {
      console.error(loaded.error);
      return 1;
    }
    const measures = await loadMeasures(f.get('measurements')!, 'measurements', limits.limits);
    if ('error' in measures) {
      console.error(measures.error);
      return 1;
    }
    for (const input of [...loaded.inputs, measures.input]) console.error(inputLine(input));
    if (measures.data.kind !== 'measurements') return 1;
    const { dataset } = loaded;
    const result = calibrate(measures.data.points, dataset.stations, dataset.communes, radio.model, { minPoints });
    await writeFile(join(out, 'radio.json'), `${JSON.stringify(radioModelToFile(result.model), null, 2)}\n`);
    await writeFile(join(out, 'calibration.json'), `${JSON.stringify(calibrationJson(result.groups, radio.source, minPoints), null, 2)}\n`);
    const comparison = compareMeasured(measures.data.points, result.calibratedDbm, result.model, dataset.villages, dataset.communes);
    await writeFile(join(out, 'agreement_communes.csv'), agreementCommunesCsv(comparison));
    if (villagesPath !== undefined) await writeFile(join(out, 'agreement_villages.csv'), agreementVillagesCsv(comparison));
    console.log(calibrationTable(result.groups, minPoints));
    const p = comparison.province;
    if (p.agreePct !== null) {
      console.log(
        `predicted against measured (calibrated): ${p.agree} of ${p.points} points agree, ${p.agreePct.toFixed(1)}% ` +
          `(95% CI ${p.agreeLowPct!.toFixed(1)}-${p.agreeHighPct!.toFixed(1)}%); predicted covered but measured not: ${p.predictedNotMeasured}; ` +
          `measured covered but predicted not: ${p.measuredNotPredicted}`,
      );
    }
    console.log(`-> ${out}: radio.json, calibration.json, agreement_communes.csv${villagesPath !== undefined ? ', agreement_villages.csv' : ''}`);
    return 0;
  },
};

function fail(message: string): number {
  console.error(message);
  console.error(`Usage: npm run cli -- ${calibrateCommand.usage}`);
  return 2;
}

const r2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);

/** `calibration.json`: one entry per operator and band, with the figures of the table. */
export function calibrationJson(groups: readonly CalibrationGroup[], inputModel: string | null, minPoints: number) {
  return {
    input_model: inputModel ?? 'defaults',
    min_points: minPoints,
    groups: groups.map((g) => ({
      operator: g.operator,
      band: g.band,
      tech: g.tech,
      points: g.points,
      n: g.n,
      offset_db: g.offsetDb,
      mean_residual_db: r2(g.meanResidualDb),
      std_error_db: r2(g.stdErrorDb),
      rmse_before_db: r2(g.rmseBeforeDb),
      rmse_after_db: r2(g.rmseAfterDb),
      status: g.status,
    })),
  };
}

const STATUS_TEXT = {
  fitted: () => 'fitted',
  too_few_points: (min: number) => `too few points (< ${min}): offset kept`,
  no_station_in_range: () => 'no station of this operator and band in range: offset kept',
} as const;

/** The groups as a fixed-width table for the terminal. */
export function calibrationTable(groups: readonly CalibrationGroup[], minPoints: number): string {
  const head = ['operator', 'band', 'points', 'n', 'offset_db', '± se', 'rmse_before_db', 'rmse_after_db', 'status'];
  const num = (x: number | null) => (x === null ? '-' : x.toFixed(2));
  const rows = groups.map((g) => [
    g.operator, g.band, String(g.points), String(g.n), g.offsetDb.toFixed(2), num(g.stdErrorDb), num(g.rmseBeforeDb), num(g.rmseAfterDb), STATUS_TEXT[g.status](minPoints),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n');
}

/** Predicted against measured per village, names escaped as every CSV export escapes them. */
export function agreementVillagesCsv(c: MeasuredComparison): string {
  return Papa.unparse(c.villages.map((v) => ({
    village_id: escapeFormula(v.id), name: escapeFormula(v.name), commune_id: escapeFormula(v.communeCode), ...agreementColumns(v.agreement),
  })));
}

/** Predicted against measured per commune. */
export function agreementCommunesCsv(c: MeasuredComparison): string {
  return Papa.unparse(c.communes.map((x) => ({ commune_id: escapeFormula(x.code), name: escapeFormula(x.name), ...agreementColumns(x.agreement) })));
}
