import Papa from 'papaparse';
import type { SitePlan } from '../siting/planSites.ts';
import { escapeFormula } from './escapeFormula.ts';

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

/** `plan.csv` of the `plan` command and the app's siting panel: one line per action, in the order taken. */
export function planCsv(plan: SitePlan): string {
  const rows = plan.actions.map((a) => ({
    rank: a.rank,
    action: a.action,
    station_id: a.station.id,
    operator: escapeFormula(a.station.operator),
    lon: a.station.lon,
    lat: a.station.lat,
    site: escapeFormula(a.site),
    people_gained: round(a.peopleGained, 1),
    villages_gained: a.villagesGained,
    covered_pct_after: round(a.coveredPctAfter, 3),
  }));
  const fields = ['rank', 'action', 'station_id', 'operator', 'lon', 'lat', 'site', 'people_gained', 'villages_gained', 'covered_pct_after'];
  return Papa.unparse({ fields, data: rows.map((r) => fields.map((k) => r[k as keyof typeof r])) }, { newline: '\n' }) + '\n';
}
