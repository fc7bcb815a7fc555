import type { Environment, MeasuredTech, Tech } from '../model.ts';
import { parseBands } from '../radio/bands.ts';
import { parseEnvironment } from '../radio/environments.ts';
import type { ReportBuilder } from './importReport.ts';
import type { RowOutcome } from './importRows.ts';
import { parseDecimal } from './parseValues.ts';
import { isPlausible } from './plausibleRange.ts';
import type { BoundTable } from './tableFields.ts';

export interface RadioFields {
  heightM: number | null;
  band: string | null;
  eirpDbm: Partial<Record<MeasuredTech, number>>;
  environment: Environment | null;
}

/** EIRP per sector, dBm, of real transmitters (tens of dBm): outside this, a value is in watts or mistyped. */
const EIRP_RANGE_DBM = [0, 100] as const;

/**
 * The radio model's columns of a station row: antenna height (above 0 m; km where the header says so), bands
 * (names of `core/radio/bands.ts`, or MHz for the station's technologies), EIRP per technology (dBm) and
 * environment. A value the model cannot use rejects the row with its reason; an unreadable height or EIRP, or a
 * mast over `PLAUSIBLE_RANGE`, is ignored with a warning, as other numbers are.
 */
export function readRadioFields(
  cells: readonly string[],
  bound: BoundTable,
  techs: readonly Tech[],
  row: number,
  report: ReportBuilder,
): RadioFields | Exclude<RowOutcome<never>, { item: never }> {
  const read = (field: 'heightM' | 'eirp4g' | 'eirp5g' | 'eirp6g'): number | null => {
    const text = bound.get(cells, field);
    const n = parseDecimal(text);
    if (text !== '' && n === null) report.warn(row, bound.header(field), 'unreadable_number_ignored', `"${text}"`);
    return n;
  };
  const heightRead = read('heightM');
  let heightM = heightRead === null ? null : heightRead * bound.toMetres('heightM');
  if (heightM !== null && heightM <= 0) return { reason: 'invalid_height', field: bound.header('heightM'), detail: `"${bound.get(cells, 'heightM')}"` };
  if (heightM !== null && !isPlausible(heightM, 'heightM')) {
    report.warn(row, bound.header('heightM'), 'implausible_number_ignored', `"${bound.get(cells, 'heightM')}"`);
    heightM = null;
  }
  const eirpDbm: Partial<Record<MeasuredTech, number>> = {};
  for (const [field, tech] of [['eirp4g', '4G'], ['eirp5g', '5G'], ['eirp6g', '6G']] as const) {
    const eirp = read(field);
    if (eirp === null) continue;
    if (eirp < EIRP_RANGE_DBM[0] || eirp > EIRP_RANGE_DBM[1]) return { reason: 'invalid_eirp', field: bound.header(field), detail: `"${bound.get(cells, field)}"` };
    eirpDbm[tech] = eirp;
  }
  const bandText = bound.get(cells, 'band');
  const { bands, unknown } = parseBands(bandText, techs);
  if (unknown.length > 0) return { reason: 'unknown_band', field: bound.header('band'), detail: unknown.map((u) => `"${u}"`).join(', ') };
  const envText = bound.get(cells, 'environment');
  const environment = envText === '' ? null : parseEnvironment(envText);
  if (environment === undefined) return { reason: 'unknown_environment', field: bound.header('environment'), detail: `"${envText}"` };
  return { heightM, band: bands.length > 0 ? bands.map((b) => b.name).join(';') : null, eirpDbm, environment };
}
