import type { Station, Tech } from '../model.ts';
import { importRows } from './importRows.ts';
import type { ImportOptions, LayerImport } from './importTypes.ts';
import { parseDecimal, parseNumberList, parseTechs } from './parseValues.ts';
import { isPlausible, type RangeName } from './plausibleRange.ts';
import { readOperator } from './readOperator.ts';
import { readPoint } from './readPoint.ts';
import { readRadioFields } from './readRadioFields.ts';
import { stationKey } from '../sites/stationKey.ts';
import type { Table } from './table.ts';

type NumberField = 'beamwidthDeg' | 'radius4g' | 'radius5g' | 'radius6g';
const RANGE_OF: Record<NumberField, RangeName> = {
  beamwidthDeg: 'beamwidthDeg', radius4g: 'radiusM', radius5g: 'radiusM', radius6g: 'radiusM',
};

/**
 * Turns a table of station rows (or point features) into `Station`s. Each row is imported or rejected with its
 * reason: missing or unreadable coordinates, outside Vietnam, a station code repeated by the same operator (the
 * later row; two operators may share a code, see `stationKey`), no known technology, an empty required field, a
 * radio parameter the model cannot use (`readRadioFields`). Coordinates may use decimal commas or degrees-minutes-seconds; a swapped
 * lat/lon is fixed with a warning; unknown technologies next to known ones are dropped with a warning.
 * Heights and radii are metres, or kilometres where the header says "(km)"; an unreadable one, or one outside
 * `PLAUSIBLE_RANGE` ("1e400", a mast over 500 m), is left out with a warning, but a height of 0 or less rejects the
 * row: the radio model needs one. Does not mutate `table`.
 */
export function importStations(table: Table, file: string, options: ImportOptions = {}): LayerImport<Station[]> {
  return importRows<Station>(
    table,
    file,
    'stations',
    options,
    ({ cells, index, row, bound, report }) => {
      const own = readOperator(cells, bound, options);
      if ('reason' in own) return own;
      const { operator } = own;
      const where = readPoint(table, index, bound, row, report);
      if ('reason' in where) return where;
      const techText = bound.get(cells, 'tech');
      const { techs, unknown } = parseTechs(techText);
      if (techs.length === 0) return { reason: 'no_known_tech', field: bound.header('tech'), detail: `"${techText}"` };
      if (unknown.length > 0) report.warn(row, bound.header('tech'), 'unknown_tech_ignored', unknown.map((u) => `"${u}"`).join(', '));
      const number = (field: NumberField): number | null => {
        const text = bound.get(cells, field);
        const read = parseDecimal(text);
        if (text !== '' && read === null) {
          report.warn(row, bound.header(field), 'unreadable_number_ignored', `"${text}"`);
          return null;
        }
        if (read === null) return null;
        const n = field === 'beamwidthDeg' ? read : read * bound.toMetres(field);
        if (!isPlausible(n, RANGE_OF[field])) {
          report.warn(row, bound.header(field), 'implausible_number_ignored', `"${text}"`);
          return null;
        }
        return n;
      };
      const radio = readRadioFields(cells, bound, techs, row, report);
      if ('reason' in radio) return radio;
      const azimuthText = bound.get(cells, 'azimuths');
      const azimuths = parseNumberList(azimuthText);
      if (azimuths.some((a) => !isPlausible(a, 'azimuthDeg'))) report.warn(row, bound.header('azimuths'), 'implausible_number_ignored', `"${azimuthText}"`);
      const radiusM: Partial<Record<Tech, number>> = {};
      for (const [field, tech] of [['radius4g', '4G'], ['radius5g', '5G'], ['radius6g', '6G']] as const) {
        const r = number(field);
        if (r !== null && r > 0) radiusM[tech] = r;
      }
      const station: Station = {
        id: bound.get(cells, 'stationId'),
        operator,
        lon: where.lon,
        lat: where.lat,
        techs,
        heightM: radio.heightM,
        azimuths: azimuths.filter((a) => isPlausible(a, 'azimuthDeg')),
        beamwidthDeg: number('beamwidthDeg'),
        band: radio.band,
        eirpDbm: radio.eirpDbm,
        environment: radio.environment,
        towerId: bound.get(cells, 'towerId') || null,
        radiusM,
      };
      return { item: station };
    },
    { field: 'stationId', of: stationKey },
  );
}
