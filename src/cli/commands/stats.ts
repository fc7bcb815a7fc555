import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ExportTable } from '../../core/export/exportTable.ts';
import { areaColumns, communeStatsTable, summaryColumns, villageStatsTable } from '../../core/export/statsColumns.ts';
import { writeCsv } from '../../core/export/writeCsv.ts';
import type { LayerWarnings } from '../../core/import/crossCheckLayers.ts';
import { createRadioShapeProvider } from '../../core/radio/radioShapeProvider.ts';
import { computeStats } from '../../core/stats/computeStats.ts';
import { rollUp } from '../../core/stats/rollUp.ts';
import type { StatsResult } from '../../core/stats/statsTypes.ts';
import { choosePlan } from '../../core/targets/choosePlan.ts';
import { listPlans } from '../../core/targets/listPlans.ts';
import type { Command } from '../command.ts';
import { checkOutDir } from '../checkWritable.ts';
import { LIMIT_USAGE, readLimitFlags } from '../limitFlags.ts';
import { agreementColumns, compareMeasured, type Agreement } from '../../core/measure/compareMeasured.ts';
import { predictAll } from '../../core/measure/predictRsrp.ts';
import { speedColumns, speedFigures, speedManualValues, type SpeedFigure, type SpeedFigures } from '../../core/measure/speedFigures.ts';
import { inputLine, warningLines } from '../describeInputs.ts';
import { loadDataset, loadPackage, type LoadedInput } from '../loadDataset.ts';
import { loadMeasured } from '../loadMeasures.ts';
import { MEASURE_COLUMNS } from '../../core/measure/measureColumns.ts';
import { parseFlags } from '../parseFlags.ts';
import { readRadioFlag } from '../radioModelFlag.ts';

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;
/** A figure for the one-line report: "no data" where there is none. */
const shown = (x: number | null, unit = '%') => (x === null ? 'no data' : `${round(x, 1)}${unit}`);

export const statsCommand: Command = {
  name: 'stats',
  usage:
    'stats (--communes F --villages F --stations F [--coverage F] [--fibre F] [--population F] | --package F) [--radio MODEL.json] [--speeds F]... [--measurements F] [--colocate-m 30] [--threshold 95] [--plan ID] [--as-of YYYY-MM-DD] [--excel-vn] --out DIR\n' +
    `      ${LIMIT_USAGE}\n` +
    '      coverage per village and commune, BTS site sharing and the plan targets: villages.csv, communes.csv, summary.json\n' +
    '      (--excel-vn: the CSVs as Excel opens them on a computer set to Vietnamese: Vietnamese headers, semicolons,\n' +
    '      decimal commas, UTF-8 BOM)\n' +
    '      (any format `check` reads, or a province package exported by the app; --plan defaults to the newest plan\n' +
    '      for the province the commune codes belong to; figures without the layer they need are empty / null;\n' +
    '      stations without a radius are covered by the radio model of docs/radio-model.md, its defaults or --radio\'s)',
  async run(argv) {
    const parsed = parseFlags(argv, ['excel-vn']);
    if ('error' in parsed) return fail(parsed.error);
    const f = parsed.flags;
    const need = (f.has('package') ? ['out'] : ['communes', 'villages', 'stations', 'out']).filter((k) => !f.has(k));
    if (need.length > 0) return fail(`Missing ${need.map((k) => `--${k}`).join(', ')}.`);
    const packagePath = f.get('package');
    if (packagePath !== undefined && ['communes', 'villages', 'stations', 'coverage', 'fibre', 'population'].some((k) => f.has(k))) {
      return fail('Give either --package or the layer files, not both.');
    }
    const thresholdPct = Number(f.get('threshold') ?? 95);
    const colocateM = Number(f.get('colocate-m') ?? 30);
    if (!(thresholdPct >= 0 && thresholdPct <= 100)) return fail(`Expected --threshold between 0 and 100, got "${f.get('threshold')}".`);
    if (!(colocateM >= 0)) return fail(`Expected --colocate-m of 0 or more metres, got "${f.get('colocate-m')}".`);

    const asOf = f.get('as-of') ?? new Date().toISOString().slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf)) return fail(`Expected --as-of as YYYY-MM-DD, got "${asOf}".`);
    const { plans } = listPlans();
    const planId = f.get('plan');
    if (planId !== undefined && !plans.some((p) => p.id === planId)) return fail(`Unknown --plan "${planId}"; known plans: ${plans.map((p) => p.id).join(', ')}.`);
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

    const loaded = packagePath !== undefined ? await loadPackage(packagePath) : await loadDataset({
      communes: f.get('communes')!,
      villages: f.get('villages')!,
      stations: f.get('stations')!,
      ...optional(f, 'coverage'),
      ...optional(f, 'fibre'),
      ...optional(f, 'population'),
    }, limits.limits);
    if ('error' in loaded) {
      console.error(loaded.error);
      return 1;
    }
    const { dataset } = loaded;
    for (const input of loaded.inputs) console.error(inputLine(input));
    const measured = await loadMeasured(parsed.all.get('speeds') ?? [], f.get('measurements'), limits.limits);
    if ('error' in measured) {
      console.error(measured.error);
      return 1;
    }
    for (const input of measured.inputs) console.error(inputLine(input));
    for (const line of warningLines(loaded.warnings)) console.error(line);

    console.error(`radio model: ${radio.source ?? 'defaults'}`);
    const stats = computeStats(dataset, { thresholdPct, colocateM, provider: createRadioShapeProvider(radio.model, dataset.communes) });
    const speeds = measured.speedFiles.length > 0 ? speedFigures(measured.tiles, measured.communeSpeeds, dataset.communes, dataset.villages) : null;
    const agreement = measured.points
      ? compareMeasured(measured.points, predictAll(measured.points, dataset.stations, dataset.communes, radio.model), radio.model, dataset.villages, dataset.communes)
      : null;
    const villageAgreement = new Map(agreement?.villages.map((v) => [v.id, v.agreement]));
    const communeAgreement = new Map(agreement?.communes.map((c) => [c.code, c.agreement]));
    const villageExtra = (id: string) => ({
      ...(speeds ? speedColumns(speeds.villages.get(id)) : {}),
      ...(agreement ? agreementColumns(villageAgreement.get(id) ?? NO_AGREEMENT) : {}),
    });
    const communeExtra = (code: string) => ({
      ...(speeds ? speedColumns(speeds.communes.get(code)) : {}),
      ...(agreement ? agreementColumns(communeAgreement.get(code) ?? NO_AGREEMENT) : {}),
    });
    const excelVn = f.has('excel-vn');
    const csv = (table: ExportTable) => (excelVn ? writeCsv(table, 'vi', 'excel-vn') : writeCsv(table, 'key', 'plain'));
    await writeFile(join(out, 'villages.csv'), csv(withMeasures(villageStatsTable(stats), (row) => villageExtra(String(row.village_id)))));
    const communes = communesTable(stats, loaded.warnings, excelVn ? 'vi' : 'en');
    await writeFile(join(out, 'communes.csv'), csv(withMeasures(communes, (row) => (row.commune_id === '' ? {} : communeExtra(String(row.commune_id))))));
    const plan = planId !== undefined ? plans.find((p) => p.id === planId)! : choosePlan(plans, dataset.province.code);
    if (!plan) console.error(`No plan covers province "${dataset.province.code || 'unknown'}" (from the commune codes); choose one with --plan ID.`);
    const speedSource = (fig: SpeedFigure) => `${fig.source === 'speed_tiles' ? 'Ookla-style speed tiles' : 'per-commune speed table'} (${measured.speedFiles.map((x) => x.path).join(', ')})`;
    const summaryJson = summaryColumns(stats, dataset, loaded.warnings, plan, asOf, radio, {
      values: speeds ? speedManualValues(speeds.province, asOf, speedSource) : [],
      ...(speeds ? { speeds: speedSummary(speeds.province, measured.speedFiles) } : {}),
    });
    await writeFile(join(out, 'summary.json'), `${JSON.stringify(summaryJson, null, 2)}\n`);
    console.log(
      `${stats.villages.length} villages, ${stats.communes.length} communes, ${stats.province.stations} stations, ` +
        `${stats.province.sites} sites (${shown(stats.province.sharingPct)} shared); ` +
        `4G ${shown(stats.province.pct['4G'])}, villages covered at ${thresholdPct}%: ${stats.province.villagesCovered['4G'] ?? 'no data'} -> ${out}`,
    );
    return 0;
  },
};

function fail(message: string): number {
  console.error(message);
  console.error(`Usage: npm run cli -- ${statsCommand.usage}`);
  return 2;
}

function optional(flags: Map<string, string>, name: 'coverage' | 'fibre' | 'population'): Partial<Record<typeof name, string>> {
  const value = flags.get(name);
  return value === undefined ? {} : { [name]: value };
}

const NO_COMMUNE = { vi: 'không thuộc xã nào', en: 'no commune' };

/** `table` with the measured columns (`MEASURE_COLUMNS`) its rows get from `extra`, where any row has them. */
function withMeasures(table: ExportTable, extra: (row: ExportTable['rows'][number]) => Record<string, string | number>): ExportTable {
  const rows = table.rows.map((row) => ({ ...row, ...extra(row) }));
  const present = new Set(rows.flatMap((row) => Object.keys(row)));
  return { ...table, columns: [...table.columns, ...MEASURE_COLUMNS.filter((c) => present.has(c.key))], rows };
}

/**
 * One line per commune, then a "no commune" line (empty id) for the villages that name a commune not loaded and
 * the sites outside every commune, when there are any: the lines then add up to the province. Text cells are
 * escaped by `writeCsv` as the app's exports are: a name like "=HYPERLINK(...)" is shown, not run.
 */
function communesTable(stats: StatsResult, warnings: LayerWarnings, language: 'vi' | 'en'): ExportTable {
  const known = new Set(stats.communes.map((c) => c.code));
  const villages = stats.villages.filter((v) => !known.has(v.communeCode));
  const sites = stats.sites.filter((s) => s.communeCode === null);
  if (villages.length === 0 && sites.length === 0) return communeStatsTable(stats);
  const none = rollUp(villages, warnings.counts.stationsOutsideCommunes, sites);
  return communeStatsTable(stats, [{ commune_id: '', name: NO_COMMUNE[language], ...areaColumns(none), threshold_pct: stats.thresholdPct }]);
}

/** A place no measurement reached: every figure "no data". */
const NO_AGREEMENT: Agreement = {
  points: 0, agree: 0, predictedNotMeasured: 0, measuredNotPredicted: 0, agreePct: null, agreeLowPct: null, agreeHighPct: null, meanResidualDb: null,
};

/** summary.json's `speeds`: the province's measured speed per network, with what it rests on. */
function speedSummary(province: SpeedFigures['province'], files: readonly LoadedInput[]) {
  return {
    files: files.map((x) => ({ path: x.path, kind: x.kind, imported: x.report.imported, rejected: x.report.rejected })),
    ...Object.fromEntries(Object.entries(province).map(([network, fig]) => [network, {
      download_mbps: round(fig.downloadMbps), tests: fig.tests, parts: fig.parts, source: fig.source,
      ...(fig.tooFew ? { note: 'too few tests: indicative only' } : {}),
    }])),
  };
}
