import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planCsv } from '../../core/export/planCsv.ts';
import { stationsToCsv } from '../../core/export/stationsToCsv.ts';
import { areaColumns } from '../../core/export/statsColumns.ts';
import { MEASURED_TECHS, type Dataset, type MeasuredTech } from '../../core/model.ts';
import { describeRadioModel } from '../../core/radio/describeModel.ts';
import { planSites, type SitePlan } from '../../core/siting/planSites.ts';
import type { AreaStats, StatsResult } from '../../core/stats/statsTypes.ts';
import { evaluatePlan } from '../../core/targets/evaluatePlan.ts';
import type { Plan } from '../../core/targets/plan.ts';
import { toMeasuredFigures } from '../../core/targets/toMeasuredFigures.ts';
import { toSummaryTargets } from '../../core/targets/toSummaryTargets.ts';
import type { Command } from '../command.ts';
import { checkOutDir } from '../checkWritable.ts';
import { DATASET_USAGE, readCount, readDatasetInput } from '../datasetInput.ts';
import { parseFlags } from '../parseFlags.ts';
import { PLAN_USAGE, readPlanFlags } from '../planFlags.ts';
import type { RadioChoice } from '../radioModelFlag.ts';

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export const planCommand: Command = {
  name: 'plan',
  usage:
    `plan ${DATASET_USAGE} --tech 4G|5G|6G [--operator OP] [--colocations K] [--new-sites K] [--new-site-radius-m R] [--grid-m G] ${PLAN_USAGE} --out DIR\n` +
    '      where the next stations should go: co-locations on existing sites first (the operator, or the technology, where\n' +
    '      absent), then new sites on a grid over the gaps, chosen by lazy greedy on the people they newly cover:\n' +
    '      plan.csv, plan.json (figures and targets before and after), stations_after.csv (the input stations and the proposed ones)',
  async run(argv) {
    const parsed = parseFlags(argv);
    if ('error' in parsed) return fail(parsed.error);
    const f = parsed.flags;
    const tech = f.get('tech');
    if (!(MEASURED_TECHS as readonly string[]).includes(tech ?? '')) return fail(`Expected --tech ${MEASURED_TECHS.join(', ')}, got "${tech ?? ''}".`);
    const colocations = readCount(f, 'colocations', 0);
    if (typeof colocations !== 'number') return fail(colocations.error);
    const newSites = readCount(f, 'new-sites', 0);
    if (typeof newSites !== 'number') return fail(newSites.error);
    if (colocations + newSites === 0) return fail('Nothing to plan: give --colocations K or --new-sites K (or both).');
    const radiusM = readPositive(f, 'new-site-radius-m');
    if (typeof radiusM === 'object') return fail(radiusM.error);
    const gridM = readPositive(f, 'grid-m');
    if (typeof gridM === 'object') return fail(gridM.error);
    const operator = f.get('operator');
    const choice = readPlanFlags(f);
    if ('error' in choice) return fail(choice.error);
    if (!f.has('out')) return fail('Missing --out.');
    const out = f.get('out')!;
    const unwritable = await checkOutDir(out);
    if (unwritable) {
      console.error(unwritable);
      return 1;
    }
    const input = await readDatasetInput(f);
    if ('error' in input) return input.usage ? fail(input.error) : (console.error(input.error), 1);
    const { dataset, thresholdPct, colocateM, radio, provider } = input;

    const plan = planSites(dataset, {
      tech: tech as MeasuredTech,
      colocations,
      newSites,
      thresholdPct,
      colocateM,
      provider,
      ...(operator === undefined ? {} : { operator }),
      ...(radiusM === undefined ? {} : { radiusM }),
      ...(gridM === undefined ? {} : { gridM }),
    });
    const targets = choice.planFor(dataset.province.code);
    if (!targets) console.error(`No plan covers province "${dataset.province.code || 'unknown'}" (from the commune codes); choose one with --plan ID.`);
    await writeFile(join(out, 'plan.csv'), planCsv(plan));
    await writeFile(join(out, 'plan.json'), `${JSON.stringify(planJson(plan, dataset, targets, choice.asOf, radiusM ?? null, radio), null, 2)}\n`);
    await writeFile(join(out, 'stations_after.csv'), stationsToCsv(plan.stationsAfter));
    const gained = plan.actions.reduce((sum, a) => sum + a.peopleGained, 0);
    console.log(
      `${plan.actions.filter((a) => a.action === 'colocate').length} co-locations, ${plan.actions.filter((a) => a.action === 'new_site').length} new sites ` +
        `(${plan.candidates.colocate} sites and ${plan.candidates.newSite} grid points of ${plan.gridM} m considered); ` +
        `${tech} ${operator ?? 'any operator'}: ${pctText(plan.demandBefore.pct[plan.tech])} -> ${pctText(plan.demandAfter.pct[plan.tech])}, ` +
        `${Math.round(gained)} people gained -> ${out}`,
    );
    return 0;
  },
};

function fail(message: string): number {
  console.error(message);
  console.error(`Usage: npm run cli -- ${planCommand.usage}`);
  return 2;
}

function readPositive(flags: Map<string, string>, name: string): number | undefined | { error: string } {
  const text = flags.get(name);
  if (text === undefined) return undefined;
  const n = Number(text);
  return n > 0 && Number.isFinite(n) ? n : { error: `Expected --${name} to be a positive number of metres, got "${text}".` };
}

/** The demand's figures: people covered (population x share), the share and the villages at the threshold. */
function demandFigures(a: AreaStats, tech: MeasuredTech) {
  const pct = a.pct[tech];
  return { people_covered: pct === null ? null : round((a.population * pct) / 100, 1), pct: pct === null ? null : round(pct, 3), villages_covered: a.villagesCovered[tech] };
}

/** A share for the one-line report: "no data" before any station or coverage area. */
const pctText = (pct: number | null) => (pct === null ? 'no data' : `${round(pct, 2)}%`);

function targetsOf(plan: Plan | null, stats: StatsResult, dataset: Dataset, asOf: string) {
  return plan ? toSummaryTargets(evaluatePlan(plan, toMeasuredFigures(stats, dataset), [], asOf)) : [];
}

function planJson(plan: SitePlan, dataset: Dataset, targets: Plan | null, asOf: string, radiusM: number | null, radio: RadioChoice) {
  const { tech } = plan;
  const count = (kind: string) => plan.actions.filter((a) => a.action === kind).length;
  return {
    tech,
    operator: plan.operator,
    threshold_pct: plan.before.thresholdPct,
    colocate_m: plan.before.colocateM,
    new_site_radius_m: radiusM,
    radio_model: describeRadioModel(radio.model, radio.source),
    grid_m: plan.gridM,
    candidates: { colocate: plan.candidates.colocate, new_site: plan.candidates.newSite },
    actions: { colocate: count('colocate'), new_site: count('new_site') },
    demand: {
      coverage: `${tech} by ${plan.operator ?? 'any operator'}`,
      before: demandFigures(plan.demandBefore, tech),
      after: demandFigures(plan.demandAfter, tech),
      people_gained: round(plan.actions.reduce((sum, a) => sum + a.peopleGained, 0), 1),
      villages_gained: plan.actions.reduce((sum, a) => sum + a.villagesGained, 0),
    },
    before: areaColumns(plan.before.province),
    after: areaColumns(plan.after.province),
    plan: targets?.id ?? null,
    targets_before: targetsOf(targets, plan.before, dataset, asOf),
    targets_after: targetsOf(targets, plan.after, dataset, asOf),
  };
}
