import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Papa from 'papaparse';
import { computeStats } from '../../core/stats/computeStats.ts';
import type { StatsResult } from '../../core/stats/statsTypes.ts';
import type { Command } from '../command.ts';
import { loadDataset } from '../loadDataset.ts';
import { parseFlags } from '../parseFlags.ts';

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits;

export const statsCommand: Command = {
  name: 'stats',
  usage:
    'stats --communes F --villages F --stations F [--coverage F] [--fibre F] [--population F] [--colocate-m 30] [--threshold 95] --out DIR\n' +
    '      coverage per village and commune, and BTS site sharing: villages.csv, communes.csv, summary.json',
  async run(argv) {
    const parsed = parseFlags(argv);
    if ('error' in parsed) return fail(parsed.error);
    const f = parsed.flags;
    const need = ['communes', 'villages', 'stations', 'out'].filter((k) => !f.has(k));
    if (need.length > 0) return fail(`Missing ${need.map((k) => `--${k}`).join(', ')}.`);
    const thresholdPct = Number(f.get('threshold') ?? 95);
    const colocateM = Number(f.get('colocate-m') ?? 30);
    if (!(thresholdPct >= 0 && thresholdPct <= 100)) return fail(`Expected --threshold between 0 and 100, got "${f.get('threshold')}".`);
    if (!(colocateM >= 0)) return fail(`Expected --colocate-m of 0 or more metres, got "${f.get('colocate-m')}".`);

    const { dataset, issues } = await loadDataset({
      communes: f.get('communes')!,
      villages: f.get('villages')!,
      stations: f.get('stations')!,
      coverage: f.get('coverage'),
      fibre: f.get('fibre'),
      population: f.get('population'),
    });
    for (const i of issues.slice(0, 20)) console.error(`${i.file} row ${i.row}, ${i.field}: ${i.reason}`);
    if (issues.length > 20) console.error(`... and ${issues.length - 20} more problems.`);

    const stats = computeStats(dataset, { thresholdPct, colocateM });
    const out = f.get('out')!;
    await mkdir(out, { recursive: true });
    await writeFile(join(out, 'villages.csv'), villagesCsv(stats));
    await writeFile(join(out, 'communes.csv'), communesCsv(stats));
    await writeFile(join(out, 'summary.json'), `${JSON.stringify(summary(stats), null, 2)}\n`);
    console.log(
      `${stats.villages.length} villages, ${stats.communes.length} communes, ${stats.province.stations} stations, ` +
        `${stats.province.sites} sites (${round(stats.province.sharingPct, 1)}% shared); ` +
        `4G ${round(stats.province.pct['4G'], 1)}%, villages covered at ${thresholdPct}%: ${stats.province.villagesCovered['4G']} -> ${out}`,
    );
    return 0;
  },
};

function fail(message: string): number {
  console.error(message);
  console.error(`Usage: npm run cli -- ${statsCommand.usage}`);
  return 2;
}

function villagesCsv(stats: StatsResult): string {
  return Papa.unparse(
    stats.villages.map((v) => ({
      village_id: v.id,
      name: v.name,
      commune_id: v.communeCode,
      population: v.population,
      area_km2: round(v.areaKm2, 4),
      pct_4g: round(v.pct['4G']),
      pct_5g: round(v.pct['5G']),
      pct_6g: round(v.pct['6G']),
      pct_fibre: round(v.pct.fibre),
      covered_4g: v.covered['4G'] ? 1 : 0,
      covered_5g: v.covered['5G'] ? 1 : 0,
      covered_6g: v.covered['6G'] ? 1 : 0,
      covered_fibre: v.covered.fibre ? 1 : 0,
      weighting: v.weighting,
      threshold_pct: stats.thresholdPct,
    })),
  );
}

function communesCsv(stats: StatsResult): string {
  return Papa.unparse(
    stats.communes.map((c) => ({
      commune_id: c.code,
      name: c.name,
      villages: c.villages,
      population: c.population,
      area_km2: round(c.areaKm2, 3),
      pct_4g: round(c.pct['4G']),
      pct_5g: round(c.pct['5G']),
      pct_6g: round(c.pct['6G']),
      pct_fibre: round(c.pct.fibre),
      villages_covered_4g: c.villagesCovered['4G'],
      villages_covered_5g: c.villagesCovered['5G'],
      villages_covered_6g: c.villagesCovered['6G'],
      villages_covered_fibre: c.villagesCovered.fibre,
      threshold_pct: stats.thresholdPct,
      stations: c.stations,
      sites: c.sites,
      shared_sites: c.sharedSites,
      sharing_pct: round(c.sharingPct),
    })),
  );
}

function summary(stats: StatsResult) {
  const p = stats.province;
  return {
    threshold_pct: stats.thresholdPct,
    colocate_m: stats.colocateM,
    fibre_source: stats.fibreSource,
    villages: p.villages,
    communes: stats.communes.length,
    population: p.population,
    area_km2: round(p.areaKm2, 3),
    pct_4g: round(p.pct['4G']),
    pct_5g: round(p.pct['5G']),
    pct_6g: round(p.pct['6G']),
    pct_fibre: round(p.pct.fibre),
    villages_covered_4g: p.villagesCovered['4G'],
    villages_covered_5g: p.villagesCovered['5G'],
    villages_covered_6g: p.villagesCovered['6G'],
    villages_covered_fibre: p.villagesCovered.fibre,
    stations: p.stations,
    sites: p.sites,
    shared_sites: p.sharedSites,
    sharing_pct: round(p.sharingPct),
  };
}
