import type { MeasurePoint } from '../measure/measureTypes.ts';
import { MEASURED_TECHS, type MeasuredTech } from '../model.ts';
import { parseBands } from '../radio/bands.ts';
import { importRows } from './importRows.ts';
import type { ImportOptions, LayerImport } from './importTypes.ts';
import { parseDecimal, parseTechs } from './parseValues.ts';
import { readOperator } from './readOperator.ts';
import { MAX_SPEED_MBPS, optionalNumber } from './readOptionalNumber.ts';
import { readPoint } from './readPoint.ts';
import type { Table } from './table.ts';

/** RSRP a handset can report (3GPP TS 36.133 maps -140 to -44 dBm), widened a little for NR scanners. */
export const RSRP_RANGE_DBM = [-160, -20] as const;

/**
 * Turns drive-test or crowd rows (`lat, lon, operator, tech, band, rsrp_dbm`, optionally `time`, `download_mbps`,
 * `upload_mbps`, `station_id`) into `MeasurePoint`s. Each row is imported or rejected with its reason: the
 * coordinates' reasons (`readPoint`), a technology that is not one of 4G/5G/6G (`no_known_tech`), a band that is
 * not one of the technology's bands (`unknown_band`; MHz is read as the technology's band), an RSRP that is not a
 * number (`unreadable_number`) or outside `RSRP_RANGE_DBM` (`implausible_number`). An unreadable or implausible
 * speed is left out with a warning. Does not mutate `table`.
 */
export function importMeasurements(table: Table, file: string, options: ImportOptions = {}): LayerImport<MeasurePoint[]> {
  return importRows<MeasurePoint>(table, file, 'measurements', options, ({ cells, index, row, bound, report }) => {
    const own = readOperator(cells, bound, options);
    if ('reason' in own) return own;
    const techText = bound.get(cells, 'tech');
    const tech = parseTechs(techText).techs.find((t): t is MeasuredTech => (MEASURED_TECHS as readonly string[]).includes(t));
    if (tech === undefined) return { reason: 'no_known_tech', field: bound.header('tech'), detail: `"${techText}"` };
    const bandText = bound.get(cells, 'band');
    const band = parseBands(bandText, [tech]).bands.find((b) => b.tech === tech);
    if (band === undefined) return { reason: 'unknown_band', field: bound.header('band'), detail: `"${bandText}" (${tech})` };
    const rsrpText = bound.get(cells, 'rsrpDbm');
    const rsrpDbm = parseDecimal(rsrpText);
    if (rsrpDbm === null) return { reason: 'unreadable_number', field: bound.header('rsrpDbm'), detail: `"${rsrpText}"` };
    if (!(rsrpDbm >= RSRP_RANGE_DBM[0] && rsrpDbm <= RSRP_RANGE_DBM[1])) return { reason: 'implausible_number', field: bound.header('rsrpDbm'), detail: `"${rsrpText}"` };
    const where = readPoint(table, index, bound, row, report);
    if ('reason' in where) return where;
    const speed = (field: 'downloadMbps' | 'uploadMbps') => optionalNumber(cells, bound, field, row, report, MAX_SPEED_MBPS);
    return {
      item: {
        lon: where.lon,
        lat: where.lat,
        operator: own.operator,
        tech,
        band: band.name,
        rsrpDbm,
        time: bound.get(cells, 'time') || null,
        downloadMbps: speed('downloadMbps'),
        uploadMbps: speed('uploadMbps'),
        stationId: bound.get(cells, 'stationId') || null,
      },
    };
  });
}
